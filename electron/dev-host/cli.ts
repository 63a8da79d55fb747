// `npm run dev-host` / the browser-mode fallback of `npm start`: starts the loopback host and prints its URL.
// Options: --port N, --data-dir DIR, --static-dir DIR, --no-open. Environment: YAODIAN_PORT, YAODIAN_DATA_DIR.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { defaultDataDir, noticeText, portFromEnv } from './data-dir';
import { startDevHost } from './index';

/**
 * The browser mode's fixed port: a tab left open finds its host again after a restart (an office bookmarks
 * the address). --port or YAODIAN_PORT choose another; 0 takes any free port.
 */
export const DEFAULT_PORT = 17320;

export interface CliOptions {
  port: number;
  dataDir: string;
  staticDir: string;
  open: boolean;
}

export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv, repoRoot: string): CliOptions {
  const options: CliOptions = {
    port: env.YAODIAN_PORT ? portFromEnv(env) : DEFAULT_PORT,
    dataDir: defaultDataDir(env),
    staticDir: env.YAODIAN_RENDERER_DIR || resolve(repoRoot, 'dist', 'renderer'),
    open: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`参数 ${arg} 后面缺少值`);
      return v;
    };
    if (arg === '--no-open') options.open = false;
    else if (arg === '--port') options.port = portFromEnv({ YAODIAN_PORT: value() });
    else if (arg === '--data-dir') options.dataDir = resolve(value());
    else if (arg === '--static-dir') options.staticDir = resolve(value());
    else throw new Error(`未知参数：${arg}（可用：--port N、--data-dir 文件夹、--static-dir 文件夹、--no-open）`);
  }
  return options;
}

/** A desktop session can show a browser; a server console or CI cannot. */
export function hasDisplay(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => console.log(`无法自动打开浏览器，请手动打开：${url}`));
    child.unref();
  } catch {
    console.log(`无法自动打开浏览器，请手动打开：${url}`);
  }
}

export async function main(argv: string[], repoRoot: string): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv, process.env, repoRoot);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  let host;
  try {
    host = await startDevHost({
      dataDir: options.dataDir,
      port: options.port,
      staticDir: options.staticDir,
      onNotice: (notice) => console.log(`提示：${noticeText(notice)}`),
    });
  } catch (e) {
    console.error(`要点（浏览器模式）无法启动：${(e as Error).message}`);
    return 1;
  }
  for (const notice of host.notices) console.log(`提示：${noticeText(notice)}`);
  console.log(`数据文件夹：${options.dataDir}`);
  // the address opened carries a one-time ticket; the printed one another (if the browser did not open)
  const opened = options.open && hasDisplay();
  console.log(`要点（浏览器模式）已启动：${opened ? host.url : host.openUrl}  （按 Ctrl+C 退出）`);
  if (opened) {
    openBrowser(host.openUrl);
    console.log(`如果浏览器没有自动打开，请手动打开：${host.newOpenUrl()}（只能使用一次）`);
  }
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      host.close().then(done, done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
