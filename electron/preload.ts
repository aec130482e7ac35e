/**
 * The renderer's only door to the app: one function per API method, the desktop menu's two
 * messages (commands clicked, commands enabled) and the project's change events, exposed as
 * `window.wayline`. Bundled as CommonJS (sandboxed preloads cannot
 * be ESM) and kept free of zod; the backend validates every payload. ipcRenderer itself is
 * never exposed, so the page cannot reach any other channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BridgeApi } from '../shared/api/bridge';
import { isProjectEvent, PROJECT_EVENT_CHANNEL } from '../shared/api/events';
import {
  isMenuCommand,
  isMenuStateReport,
  MENU_CHANNEL,
  MENU_STATE_CHANNEL,
} from '../shared/api/menu';
import { API_METHODS, channelFor, type ApiMethod } from '../shared/api/methods';

type Invokers = { [M in ApiMethod]: BridgeApi[M] };

function buildInvokers(): Invokers {
  const entries = API_METHODS.map((method) => {
    const channel = channelFor(method);
    return [method, (args: unknown) => ipcRenderer.invoke(channel, args)] as const;
  });
  // invoke() is typed Promise<any>; main answers each channel with that method's envelope.
  return Object.fromEntries(entries) as Invokers;
}

const api = {
  ...buildInvokers(),
  onMenuCommand(cb) {
    if (typeof cb !== 'function') throw new TypeError('onMenuCommand needs a callback.');
    // Only the command reaches the page, never the IPC event (it carries the sender).
    const listener = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) cb(command);
    };
    ipcRenderer.on(MENU_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, listener);
    };
  },
  onProjectEvent(cb) {
    if (typeof cb !== 'function') throw new TypeError('onProjectEvent needs a callback.');
    const listener = (_event: IpcRendererEvent, event: unknown): void => {
      if (isProjectEvent(event)) cb(event);
    };
    ipcRenderer.on(PROJECT_EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(PROJECT_EVENT_CHANNEL, listener);
    };
  },
  reportEnabledCommands(ids) {
    // Main checks the sender and the ids again; this only keeps junk off the channel.
    if (isMenuStateReport(ids)) ipcRenderer.send(MENU_STATE_CHANNEL, [...ids]);
  },
} satisfies BridgeApi;

export type PreloadApi = typeof api;

contextBridge.exposeInMainWorld('wayline', api);
