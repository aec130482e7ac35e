import { test as base, expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import { openProjectStore } from '../../../electron/backend/projectStore';
import type { ProjectDoc } from '../../../shared/model/types';
import { EditorPage } from './editorPage';
import { seedProject } from './seed';
import { makeTempDir, startServer, type RunningServer } from './server';

/**
 * What one end-to-end test works in: its own temporary folder, and browser mode started on
 * demand with settings kept in that folder. Cleared away after the test, server first.
 */
export class Workspace {
  private readonly dir = makeTempDir();
  server: RunningServer | undefined;
  /** Uncaught exceptions in the page, and console errors: a test may require none. */
  readonly pageErrors: string[] = [];
  readonly consoleErrors: string[] = [];

  constructor(private readonly page: Page) {
    page.on('pageerror', (e) => this.pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') this.consoleErrors.push(m.text());
    });
  }

  path(name: string): string {
    return join(this.dir.path, name);
  }

  get folder(): string {
    return this.dir.path;
  }

  /** Starts browser mode (on a project, or at the start screen) and opens it in the page. */
  async serve(project?: string, env?: Record<string, string>): Promise<RunningServer> {
    await this.stopServer();
    this.server = await startServer({ settingsDir: this.path('settings'), project, env });
    await this.page.goto(this.server.url);
    return this.server;
  }

  /** A project whose journeys come from templates, served and open in the editor. */
  async serveSeeded(templates: readonly string[], name = 'Seeded'): Promise<EditorPage> {
    const file = this.path(`${name}.wayline`);
    seedProject(file, name, templates);
    await this.serve(file);
    await expect(this.page.getByTestId('stage-column').first()).toBeVisible();
    return new EditorPage(this.page);
  }

  /**
   * What project file `name` holds, read with the app's own store once the server (stopped
   * here, cleanly) has let go of it.
   */
  async savedDoc(name: string): Promise<ProjectDoc> {
    expect(await this.stopServer()).toBe(0);
    const store = openProjectStore(this.path(name));
    try {
      return store.doc;
    } finally {
      store.close();
    }
  }

  /** Ctrl+C, as a user would; the exit code. */
  async stopServer(): Promise<number | null> {
    const code = (await this.server?.stop()) ?? null;
    this.server = undefined;
    return code;
  }

  async dispose(): Promise<void> {
    await this.stopServer();
    this.dir.remove();
  }
}

export const test = base.extend<{ workspace: Workspace }>({
  workspace: async ({ page }, use) => {
    const workspace = new Workspace(page);
    await use(workspace);
    await workspace.dispose();
  },
});

export { expect };

/** Where end-to-end tests save the screenshots people look at after a UI change. */
export const SHOTS = join(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');
