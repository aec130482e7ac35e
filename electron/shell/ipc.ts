import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiResponse } from '../../shared/api/errors';
import { API_METHODS, channelFor } from '../../shared/api/methods';
import type { ApiCall } from '../backend/dispatch';
import { isTrustedSenderUrl } from '../security';

const UNTRUSTED_SENDER: ApiResponse<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Wayline window.' },
};

/** True when the frame that sent `event` is our renderer page. */
export function isTrustedSender(event: IpcMainInvokeEvent, appUrl: string): boolean {
  const frame = event.senderFrame;
  // A frame that navigated away or was destroyed mid-call is null: nothing to trust.
  if (!frame) return false;
  return isTrustedSenderUrl(frame.url, appUrl);
}

/**
 * One `ipcMain.handle` per API method, on the channel derived from its name. Every call is
 * checked for its sender, then goes to the backend like browser mode's, where the one
 * dispatcher validates the payload and answers with an envelope (never a rejected promise).
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  call: ApiCall,
  appUrl: string,
): void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelFor(method), async (event, args: unknown) => {
      if (!isTrustedSender(event, appUrl)) {
        console.warn(
          `[wayline] refused ${method} from ${event.senderFrame?.url ?? 'a gone frame'}`,
        );
        return UNTRUSTED_SENDER;
      }
      return call(method, args);
    });
  }
}
