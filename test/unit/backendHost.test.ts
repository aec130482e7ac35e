/**
 * The backend process's own side: it closes the project cleanly (its WAL checkpointed into the
 * file) however it is told to stop, and it talks over Electron's parentPort as well as Node IPC.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parentChannel } from '../../electron/backend/process/backendHost';
import {
  startArgs,
  type FromBackend,
  type ToBackend,
} from '../../electron/backend/process/protocol';
import { openProjectStore } from '../../electron/backend/projectStore';
import { backendEnv, browserStart } from './backendProcess';
import { backendBundlePerFile } from './perTest';

const bundled = backendBundlePerFile('wayline-host-');

/** A raw backend process, driven message by message. */
function startBackend() {
  const child = fork(
    bundled.bundle,
    startArgs({
      ...browserStart(bundled.dir),
      firstRevision: 0,
    }),
    { env: backendEnv(), execArgv: [] },
  );
  const next = (kind: FromBackend['kind']) =>
    new Promise<FromBackend>((resolve) => {
      const listener = (message: FromBackend) => {
        if (message.kind !== kind) return;
        child.off('message', listener);
        resolve(message);
      };
      child.on('message', listener);
    });
  const ready = next('ready');
  let id = 0;
  const call = async (method: string, args: unknown) => {
    await ready;
    const reply = next('reply');
    child.send({ kind: 'call', id: ++id, method, args } satisfies ToBackend);
    const message = await reply;
    if (message.kind !== 'reply' || !message.head.ok) throw new Error('call failed');
    return (JSON.parse(message.json) as { value: { revision: number } }).value;
  };
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, call, exited };
}

async function editedProject(name: string) {
  const backend = startBackend();
  const path = join(bundled.dir, `${name}.wayline`);
  const opened = await backend.call('project.create', { path, name });
  await backend.call('project.applyOps', {
    ops: [{ type: 'updateProject', patch: { name: `${name} edited` } }],
    baseRevision: opened.revision,
  });
  // Committed and not yet checkpointed: the edit sits in the WAL.
  expect(existsSync(`${path}-wal`)).toBe(true);
  return { ...backend, path };
}

function expectClosedCleanly(path: string, name: string) {
  expect(existsSync(`${path}-wal`)).toBe(false);
  const store = openProjectStore(path);
  expect(store.doc.info.name).toBe(`${name} edited`);
  store.close();
}

describe('the backend process', () => {
  const stops: [string, (child: ChildProcess) => void][] = [
    ['a shutdown message', (child) => child.send({ kind: 'shutdown' } satisfies ToBackend)],
    ['SIGTERM', (child) => child.kill('SIGTERM')],
    ['its parent going away', (child) => child.disconnect()],
  ];
  for (const [how, stop] of stops) {
    it(`checkpoints and closes the project on ${how}`, async () => {
      const name = how.replace(/\W+/g, '-');
      const { child, exited, path } = await editedProject(name);
      stop(child);
      expect(await exited).toBe(0);
      expectClosedCleanly(path, name);
    });
  }

  it("ignores Ctrl+C's SIGINT: the parent decides when it closes", async () => {
    const { child, call, exited } = await editedProject('interrupted');
    child.kill('SIGINT');
    expect(await call('app.getState', {})).toMatchObject({
      project: { name: 'interrupted edited' },
    });
    child.send({ kind: 'shutdown' } satisfies ToBackend);
    expect(await exited).toBe(0);
  });
});

describe('parentChannel', () => {
  it("uses Electron's parentPort when there is one, unwrapping each message's data", () => {
    const listeners: ((event: { data: unknown }) => void)[] = [];
    const posted: unknown[] = [];
    const port = {
      on: (_event: 'message', listener: (event: { data: unknown }) => void) => {
        listeners.push(listener);
      },
      postMessage: (message: unknown) => {
        posted.push(message);
      },
    };
    const host = process as { parentPort?: typeof port };
    host.parentPort = port;
    try {
      const channel = parentChannel();
      const received: unknown[] = [];
      channel.onMessage((message) => received.push(message));
      listeners.forEach((l) => l({ data: { kind: 'shutdown' } }));
      channel.post({ kind: 'ready' });
      expect(received).toEqual([{ kind: 'shutdown' }]);
      expect(posted).toEqual([{ kind: 'ready' }]);
    } finally {
      delete host.parentPort;
    }
  });
});
