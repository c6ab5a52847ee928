// Where a profile lives. ENRICHDESK_HOME wins (tests, the command line, portable use); otherwise the
// same folder Electron's app.getPath('userData') gives, so the app and the CLI share one profile.
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'EnrichDesk';

export function defaultUserDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

export function resolveProfileDir(userDataDir?: string, env = process.env): string {
  return env.ENRICHDESK_HOME ? path.resolve(env.ENRICHDESK_HOME) : (userDataDir ?? defaultUserDataDir());
}

export const databasePath = (profileDir: string) => path.join(profileDir, 'enrichdesk.sqlite');
