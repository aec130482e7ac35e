import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { EditorPage } from './support/editorPage';
import { makeTempDir, startServer, type RunningServer } from './support/server';

let dir: ReturnType<typeof makeTempDir>;
let server: RunningServer | undefined;

test.beforeEach(() => {
  dir = makeTempDir();
});

test.afterEach(async () => {
  await server?.stop();
  server = undefined;
  dir.remove();
});

/** The backend process browser mode runs its project in: the server's one child. */
function backendPid(serverPid: number): number {
  const pids = execFileSync('pgrep', ['-P', String(serverPid)], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map(Number);
  expect(pids).toHaveLength(1);
  return pids[0]!;
}

test('the backend killed with SIGKILL: the page says so, reloads the file and keeps editing', async ({
  page,
}) => {
  const path = join(dir.path, 'crash.wayline');
  server = await startServer({ settingsDir: join(dir.path, 'settings'), project: path });
  await page.goto(server.url);
  const editor = new EditorPage(page);
  await expect(editor.stage('Awareness')).toBeVisible();
  await editor.addTouchpoint('Awareness', 'Saved before the crash', 'Positive', 2);
  await editor.expectSaved();

  const first = backendPid(server.process.pid!);
  process.kill(first, 'SIGKILL');
  // The server restarts it, with the project open again.
  await expect.poll(() => backendPid(server!.process.pid!), { timeout: 15_000 }).not.toBe(first);

  await page.getByRole('button', { name: 'Add touchpoint to Discovery' }).click();
  await expect(page.getByRole('alert')).toContainText('stopped unexpectedly and was restarted');
  await expect(page.getByRole('alert')).toContainText('now shows what is in the project file');
  await editor.expectCard('Saved before the crash', 'Awareness', 'Positive', 'Low');

  await editor.addTouchpoint('Discovery', 'Made after the crash', 'Negative', 6);
  await editor.expectSaved();
  await page.reload();
  await editor.expectCard('Saved before the crash', 'Awareness', 'Positive', 'Low');
  await editor.expectCard('Made after the crash', 'Discovery', 'Negative', 'High');
});
