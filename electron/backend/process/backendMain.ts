/**
 * The backend process's entry, bundled to dist/electron/backend.cjs: an Electron utility
 * process in the desktop app, a Node child process in browser mode.
 */
import { parentChannel, runBackend } from './backendHost';
import { readStartOptions } from './protocol';

runBackend(parentChannel(), readStartOptions(process.argv));
