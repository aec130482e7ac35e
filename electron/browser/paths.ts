import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The same folder Electron uses as `userData` for an app named Wayline, so browser mode and
 * the desktop app share one list of recent projects. WAYLINE_SETTINGS_DIR overrides it (tests).
 */
export function settingsDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.WAYLINE_SETTINGS_DIR) return env.WAYLINE_SETTINGS_DIR;
  const home = homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Wayline');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Wayline');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Wayline');
}

export function documentsDir(): string {
  const docs = join(homedir(), 'Documents');
  return existsSync(docs) ? docs : homedir();
}
