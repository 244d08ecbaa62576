/**
 * The user-data folder, where Electron's `app.getPath('userData')` would put it, so the loopback
 * host and the desktop app share settings and recovery copies. `NEWSROOM_USER_DATA` overrides
 * it (tests, portable installs).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'Newsroom Desk';

export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEWSROOM_USER_DATA) return env.NEWSROOM_USER_DATA;
  if (process.platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  }
  if (process.platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  }
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
}
