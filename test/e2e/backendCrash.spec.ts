import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { EditorPage } from './support/editorPage';
import { expect, SHOTS, test } from './support/workspace';

/** The backend processes browser mode runs: the server's children (none while one restarts). */
function backendPids(serverPid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(serverPid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    // pgrep exits with 1 when it finds no process.
    return [];
  }
}

test('the backend killed with SIGKILL: the page says so, reloads the file and keeps editing', async ({
  page,
  workspace,
}) => {
  const server = await workspace.serve(workspace.path('crash.wayline'));
  const editor = new EditorPage(page);
  await expect(editor.stage('Awareness')).toBeVisible();
  await editor.addTouchpoint('Awareness', 'Saved before the crash', 'Positive', 2);
  await editor.expectSaved();

  const serverPid = server.process.pid!;
  const [first] = backendPids(serverPid);
  expect(backendPids(serverPid)).toHaveLength(1);
  process.kill(first!, 'SIGKILL');
  // The server restarts it, with the project open again.
  await expect
    .poll(() => backendPids(serverPid).filter((pid) => pid !== first), { timeout: 15_000 })
    .toHaveLength(1);

  await page.getByRole('button', { name: 'Add touchpoint to Discovery' }).click();
  await expect(page.getByRole('alert')).toContainText('stopped unexpectedly and was restarted');
  await expect(page.getByRole('alert')).toContainText('now shows what is in the project file');
  await page.screenshot({ path: join(SHOTS, 'backend-restarted.png') });
  await editor.expectCard('Saved before the crash', 'Awareness', 'Positive', 'Low');

  await editor.addTouchpoint('Discovery', 'Made after the crash', 'Negative', 6);
  await editor.expectSaved();
  await page.reload();
  await editor.expectCard('Saved before the crash', 'Awareness', 'Positive', 'Low');
  await editor.expectCard('Made after the crash', 'Discovery', 'Negative', 'High');
});
