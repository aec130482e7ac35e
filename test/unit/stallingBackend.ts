/**
 * A backend process entry for tests: the real backend, except that an edit or an open that
 * mentions "HANG" blocks its thread for good, as a read of a hostile file can in SQLite.
 */
import { parentChannel, runBackend } from '../../electron/backend/process/backendHost';
import { readStartOptions } from '../../electron/backend/process/protocol';

runBackend(parentChannel(), readStartOptions(process.argv), {
  beforeCall(method, args) {
    if (method !== 'app.getState' && JSON.stringify(args).includes('HANG')) {
      // Blocks without a timeout; signal handlers never get to run, so SIGTERM is ignored.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    }
  },
});
