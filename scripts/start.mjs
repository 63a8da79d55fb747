#!/usr/bin/env node
// npm start: the desktop app when Electron's binary is installed; otherwise (an offline install, this kind
// of machine) one Chinese line saying so, then browser mode: the loopback host serving the same app.
//   --browser   browser mode even when Electron is installed (also YAODIAN_BROWSER=1)
//   --check     print the chosen mode and what would be built, then exit (nothing is built or started)
//   --no-open, --port N, --data-dir DIR   passed to browser mode (see electron/dev-host/cli.ts)
// YAODIAN_RENDERER_DIR serves an already built renderer from elsewhere (no build step).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freshBundle } from '../bin/fresh-bundle.mjs';
import {
  buildElectronBundles,
  buildRenderer,
  electronBundlesAreFresh,
  findElectron,
  rendererIsFresh,
  rendererOutDir,
  repoRoot,
} from './build-lib.mjs';

const argv = process.argv.slice(2);
const check = argv.includes('--check');
const forceBrowser = argv.includes('--browser') || process.env.YAODIAN_BROWSER === '1';
const passThrough = argv.filter((a) => a !== '--check' && a !== '--browser');

const electron = findElectron();
const mode = electron.path && !forceBrowser ? 'electron' : 'browser';
if (!electron.path) console.log(`未找到 Electron 程序文件（${electron.reason}），改用浏览器模式启动。`);

const rendererDir = process.env.YAODIAN_RENDERER_DIR || rendererOutDir;
const needRenderer = !process.env.YAODIAN_RENDERER_DIR && !rendererIsFresh();
const needElectron = mode === 'electron' && !electronBundlesAreFresh();

if (check) {
  console.log(`模式：${mode === 'electron' ? '桌面（Electron）' : '浏览器'}`);
  console.log(`界面（${rendererDir}）：${needRenderer ? '需要构建' : '已是最新'}`);
  if (mode === 'electron') console.log(`主进程程序：${needElectron ? '需要构建' : '已是最新'}`);
  process.exit(0);
}

async function main() {
  if (needRenderer) {
    console.log('正在构建界面（vite build）…');
    try {
      await buildRenderer();
    } catch (e) {
      console.error(`界面构建失败：${e?.message ?? e}`);
      if (!existsSync(join(rendererDir, 'index.html'))) return 1;
      console.error('继续使用上一次构建的界面。');
    }
  }
  if (mode === 'electron') {
    if (needElectron) await buildElectronBundles();
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    const child = spawn(electron.path, [repoRoot], { stdio: 'inherit', env });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    return new Promise((done) => child.on('exit', (code) => done(code ?? 0)));
  }
  // the compiled host when it is current (built by set-up and `npm run build`), else its sources through tsx
  const bundle = freshBundle('dev-host');
  const cli = bundle
    ? await import(bundle)
    : await (await import('tsx/esm/api')).tsImport('../electron/dev-host/cli.ts', import.meta.url);
  return cli.main(passThrough, repoRoot);
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`启动失败：${e?.stack ?? e}`);
    process.exit(1);
  },
);
