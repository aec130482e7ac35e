import { feedOfClientId } from '../../shared/api/events';

/** What this file needs of a window's web contents: to hear it go away or load a new page. */
export interface FeedContents {
  once(event: 'destroyed', listener: () => void): unknown;
  on(event: 'did-navigate', listener: () => void): unknown;
}

/**
 * Which page feed (renderer/src/api/pageFeed.ts) each window's web contents shows, learnt from
 * the client ids of the edits it sends, so main can leave a window out of its own edits' events
 * as browser mode's page socket does. Nothing new crosses IPC: the client id already does.
 */
export interface WindowFeeds {
  /**
   * Notes that `sender` sent an edit as `clientId` (any string the page chose). A client id
   * without a feed is ignored: its events go to every window. False when another live window
   * uses that feed: the call is refused, so a page that copies another's feed (it can read one
   * in any event) only loses its own edits and never hides its edits from the window it copied.
   * A feed is claimed before anyone else can read it: main notes it before the edit reaches the
   * backend, and the edit's event, the first place another window sees it, comes after.
   */
  claim(sender: FeedContents, clientId: string): boolean;
  /** The feed of the page `contents` shows; null until that page sends an edit with one. */
  feedOf(contents: unknown): string | null;
}

export function createWindowFeeds(): WindowFeeds {
  const feedBy = new Map<FeedContents, string>();
  const ownerOf = new Map<string, FeedContents>();
  const watched = new WeakSet<FeedContents>();

  const forget = (contents: FeedContents): void => {
    const feed = feedBy.get(contents);
    if (feed === undefined) return;
    feedBy.delete(contents);
    ownerOf.delete(feed);
  };

  return {
    claim(sender, clientId) {
      const feed = feedOfClientId(clientId);
      if (feed === null) return true;
      const owner = ownerOf.get(feed);
      if (owner !== undefined) return owner === sender;
      // A reload is a new page with a new feed: the old one is let go at once.
      forget(sender);
      feedBy.set(sender, feed);
      ownerOf.set(feed, sender);
      if (!watched.has(sender)) {
        watched.add(sender);
        sender.once('destroyed', () => forget(sender));
        // A main-frame load only (a hash change is the same page, with the same feed).
        sender.on('did-navigate', () => forget(sender));
      }
      return true;
    },
    feedOf(contents) {
      // Keys are the web contents themselves; any other value simply is not one.
      return feedBy.get(contents as FeedContents) ?? null;
    },
  };
}
