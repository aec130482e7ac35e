import type { IpcMain, IpcMainEvent } from 'electron';
import { apiFailure } from '../../shared/api/errors';
import { isMenuStateReport, MENU_STATE_CHANNEL } from '../../shared/api/menu';
import { API_METHODS, channelFor } from '../../shared/api/methods';
import type { ApiJsonCall } from '../backend/dispatch';
import { isTrustedSenderUrl } from '../security';
import { applyEnabledCommands, type ItemLookup } from './menu';
import type { WindowFeeds } from './windowFeeds';

const UNTRUSTED_SENDER = apiFailure(
  'forbidden',
  'This request did not come from the Wayline window.',
);

const FOREIGN_FEED = apiFailure('forbidden', 'This edit was sent as another window.');

/** The client id an applyOps call names; the backend validates it with the rest. */
function clientIdOf(args: unknown): string | null {
  const clientId = (args as { clientId?: unknown } | null)?.clientId;
  return typeof clientId === 'string' ? clientId : null;
}

/** True when the frame that sent `event` (an invoke or a send) is our renderer page. */
export function isTrustedSender(event: Pick<IpcMainEvent, 'senderFrame'>, appUrl: string): boolean {
  const frame = event.senderFrame;
  // A frame that navigated away or was destroyed mid-call is null: nothing to trust.
  if (!frame) return false;
  return isTrustedSenderUrl(frame.url, appUrl);
}

/**
 * One `ipcMain.handle` per API method, on the channel derived from its name. Every call is
 * checked for its sender, then goes to the backend like browser mode's, where the one
 * dispatcher validates the payload and answers with an envelope (never a rejected promise).
 * The envelope goes on as the JSON text the backend process made of it, parsed once, in the
 * page: a cloned string is cheap, where an opened project as objects would be cloned here and
 * again across the preload's context bridge. An edit's client id tells `feeds` which page the
 * sending window shows, so that window is left out of the edit's event (projectEvents.ts).
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  call: ApiJsonCall,
  appUrl: string,
  feeds: Pick<WindowFeeds, 'claim'>,
): void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelFor(method), async (event, args: unknown) => {
      if (!isTrustedSender(event, appUrl)) {
        console.warn(
          `[wayline] refused ${method} from ${event.senderFrame?.url ?? 'a gone frame'}`,
        );
        return UNTRUSTED_SENDER;
      }
      const clientId = method === 'project.applyOps' ? clientIdOf(args) : null;
      if (clientId !== null && !feeds.claim(event.sender, clientId)) return FOREIGN_FEED;
      return call(method, args);
    });
  }
}

/**
 * Keeps the menu's editor commands enabled as the renderer reports them. A report from
 * another frame, or one that is not a list of editor menu command ids, changes nothing.
 */
export function registerMenuStateListener(
  ipcMain: Pick<IpcMain, 'on'>,
  menu: ItemLookup,
  appUrl: string,
): void {
  ipcMain.on(MENU_STATE_CHANNEL, (event, ids: unknown) => {
    if (!isTrustedSender(event, appUrl)) {
      console.warn(
        `[wayline] refused a menu state from ${event.senderFrame?.url ?? 'a gone frame'}`,
      );
      return;
    }
    if (isMenuStateReport(ids)) applyEnabledCommands(menu, ids);
  });
}
