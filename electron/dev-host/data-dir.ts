// Where browser mode keeps its database when no folder is given: the platform's per-user data folder.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.YAODIAN_DATA_DIR) return env.YAODIAN_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA || join(homedir(), 'AppData', 'Roaming'), 'yaodian');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'yaodian');
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'yaodian');
}

/** A port from the environment (YAODIAN_PORT), or 0 for any free port. */
export function portFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.YAODIAN_PORT;
  if (!raw) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`环境变量 YAODIAN_PORT 的值“${raw}”不是有效的端口号（0–65535）`);
  }
  return port;
}

/** Notices from opening the store (e.g. a damaged database kept aside) as Chinese lines. */
export function noticeText(notice: unknown): string {
  if (typeof notice === 'string') return notice;
  if (notice && typeof notice === 'object' && typeof (notice as { message?: unknown }).message === 'string') {
    return (notice as { message: string }).message;
  }
  return JSON.stringify(notice);
}
