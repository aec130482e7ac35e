import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { RecentProject } from '../../shared/api/schema';

const MAX_RECENT = 12;

const recentFileSchema = z.object({
  recent: z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() })).max(100),
});

/** The start screen's list, kept as a small JSON file in the app's settings folder. */
export class RecentProjects {
  private readonly file: string;

  constructor(settingsDir: string) {
    this.file = join(settingsDir, 'recent-projects.json');
  }

  list(): RecentProject[] {
    try {
      const parsed = recentFileSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data.recent.slice(0, MAX_RECENT) : [];
    } catch {
      // No list yet, or an unreadable one: start afresh rather than block the start screen.
      return [];
    }
  }

  touch(path: string, name: string, now = new Date()): RecentProject[] {
    const entry = { path, name, openedAt: now.toISOString() };
    return this.save([entry, ...this.list().filter((r) => r.path !== path)]);
  }

  remove(path: string): RecentProject[] {
    return this.save(this.list().filter((r) => r.path !== path));
  }

  private save(recent: RecentProject[]): RecentProject[] {
    const kept = recent.slice(0, MAX_RECENT);
    mkdirSync(dirname(this.file), { recursive: true });
    // Write then rename, so a crash never leaves half a list behind.
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify({ recent: kept }, null, 2));
    renameSync(tmp, this.file);
    return kept;
  }
}
