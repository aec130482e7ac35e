import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { feedClientId, PROJECT_EVENT_CHANNEL, type ProjectEvent } from '../../shared/api/events';
import { forwardProjectEvents } from './projectEvents';
import { createWindowFeeds } from './windowFeeds';

const FEED_A = '0123456789abcdef';
const FEED_B = 'fedcba9876543210';

/** A window as the forwarder sees one: its web contents hear events and record what is sent. */
function fakeWindow() {
  const webContents = Object.assign(new EventEmitter(), { send: vi.fn() });
  return {
    webContents,
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
  };
}

type FakeWindow = ReturnType<typeof fakeWindow>;

/** The backend's event stream, fed by the test. */
function fakeBackend() {
  const listeners = new Set<(event: ProjectEvent) => void>();
  return {
    onEvent(listener: (event: ProjectEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    commit(clientId: string | null, revision = 1): ProjectEvent {
      const event: ProjectEvent = {
        type: 'applied',
        path: '/p.wayline',
        change: { baseRevision: revision - 1, revision, ops: [], clientId },
      };
      for (const listener of listeners) listener(event);
      return event;
    },
  };
}

/** Two windows (and more on request), wired as main.ts wires them. */
function setup(count = 2) {
  const windows: FakeWindow[] = Array.from({ length: count }, fakeWindow);
  const feeds = createWindowFeeds();
  const backend = fakeBackend();
  // The fakes carry only what the forwarder reads of a BrowserWindow.
  forwardProjectEvents(backend, () => windows as never[], feeds);
  /** Which windows (by index) were sent `event`. */
  const recipients = (event: ProjectEvent) =>
    windows.flatMap((win, i) =>
      win.webContents.send.mock.calls.some(
        ([channel, sent]) => channel === PROJECT_EVENT_CHANNEL && sent === event,
      )
        ? [i]
        : [],
    );
  return { windows, feeds, backend, recipients };
}

describe('forwarding project events to the windows', () => {
  it('leaves the window that made an edit out of its event, and only that one', () => {
    const { windows, feeds, backend, recipients } = setup(3);
    const [a, b] = windows;
    expect(feeds.claim(a!.webContents, feedClientId(FEED_A, 'doc1'))).toBe(true);
    expect(feeds.claim(b!.webContents, feedClientId(FEED_B, 'doc1'))).toBe(true);
    // Window 2 never edited: it hears everything.
    expect(recipients(backend.commit(feedClientId(FEED_A, 'doc1')))).toEqual([1, 2]);
    // Another document open in the same page is the same page.
    expect(recipients(backend.commit(feedClientId(FEED_A, 'doc2')))).toEqual([1, 2]);
    expect(recipients(backend.commit(feedClientId(FEED_B, 'doc1')))).toEqual([0, 2]);
  });

  it('sends an edit without a feed in its client id to every window', () => {
    const { windows, feeds, backend, recipients } = setup();
    feeds.claim(windows[0]!.webContents, feedClientId(FEED_A, 'x'));
    feeds.claim(windows[1]!.webContents, feedClientId(FEED_B, 'x'));
    expect(recipients(backend.commit(null))).toEqual([0, 1]);
    for (const malformed of [
      'a',
      FEED_A,
      `${FEED_A}x`,
      FEED_A.toUpperCase() + '.x',
      `${FEED_A.slice(1)}.x`,
      `x${FEED_A}.x`,
    ]) {
      expect(recipients(backend.commit(malformed))).toEqual([0, 1]);
    }
  });

  it('learns nothing from a malformed client id', () => {
    const { windows, feeds } = setup();
    const contents = windows[0]!.webContents;
    for (const malformed of ['a', FEED_A, `${FEED_A.slice(1)}.x`]) {
      expect(feeds.claim(contents, malformed)).toBe(true);
      expect(feeds.feedOf(contents)).toBeNull();
    }
    // Nor does it register listeners on the window.
    expect(contents.listenerCount('destroyed')).toBe(0);
  });

  it("refuses an edit sent as another live window's page", () => {
    const { windows, feeds, backend, recipients } = setup();
    const [a, b] = windows;
    feeds.claim(a!.webContents, feedClientId(FEED_A, 'x'));
    // B read A's client id in an event and sends an edit as A: refused before the backend.
    expect(feeds.claim(b!.webContents, feedClientId(FEED_A, 'forged'))).toBe(false);
    expect(feeds.feedOf(b!.webContents)).toBeNull();
    expect(feeds.feedOf(a!.webContents)).toBe(FEED_A);
    expect(recipients(backend.commit(feedClientId(FEED_A, 'x')))).toEqual([1]);
    // A goes on editing as itself.
    expect(feeds.claim(a!.webContents, feedClientId(FEED_A, 'y'))).toBe(true);
  });

  it('skips a destroyed window and forgets its feed', () => {
    const { windows, feeds, backend, recipients } = setup();
    const [a, b] = windows;
    feeds.claim(a!.webContents, feedClientId(FEED_A, 'x'));
    a!.destroyed = true;
    expect(recipients(backend.commit(feedClientId(FEED_B, 'x')))).toEqual([1]);
    a!.webContents.emit('destroyed');
    expect(feeds.feedOf(a!.webContents)).toBeNull();
    // The feed is free again: nothing holds it for a window that is gone.
    expect(feeds.claim(b!.webContents, feedClientId(FEED_A, 'x'))).toBe(true);
    expect(recipients(backend.commit(feedClientId(FEED_A, 'x'), 2))).toEqual([]);
  });

  it("forgets a window's feed when it loads a page again, and learns the new page's", () => {
    const { windows, feeds, backend, recipients } = setup();
    const [a] = windows;
    feeds.claim(a!.webContents, feedClientId(FEED_A, 'x'));
    a!.webContents.emit('did-navigate');
    expect(feeds.feedOf(a!.webContents)).toBeNull();
    // An edit the old page made, committed after the reload, is news to the new page.
    expect(recipients(backend.commit(feedClientId(FEED_A, 'x')))).toEqual([0, 1]);
    feeds.claim(a!.webContents, feedClientId(FEED_B, 'x'));
    expect(feeds.feedOf(a!.webContents)).toBe(FEED_B);
    expect(recipients(backend.commit(feedClientId(FEED_B, 'x'), 2))).toEqual([1]);
    // Listeners were added once, however often the window's page changed.
    a!.webContents.emit('did-navigate');
    feeds.claim(a!.webContents, feedClientId(FEED_A, 'y'));
    expect(a!.webContents.listenerCount('did-navigate')).toBe(1);
    expect(a!.webContents.listenerCount('destroyed')).toBe(1);
  });

  it('lets a window move to a new feed without a navigation, freeing the old one', () => {
    const { windows, feeds } = setup();
    const [a, b] = windows;
    feeds.claim(a!.webContents, feedClientId(FEED_A, 'x'));
    feeds.claim(a!.webContents, feedClientId(FEED_B, 'x'));
    expect(feeds.feedOf(a!.webContents)).toBe(FEED_B);
    expect(feeds.claim(b!.webContents, feedClientId(FEED_A, 'x'))).toBe(true);
  });
});
