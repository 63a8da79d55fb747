#!/usr/bin/env node
// npm run dist [-- electron-builder options, e.g. --win | --linux | --linux deb --arm64]
// Builds the renderer and the Electron bundles, packages with build/electron-builder.yml (which rebuilds
// better-sqlite3 for Electron inside node_modules), then rebuilds better-sqlite3 for Node again so that
// `npm test` keeps working on the same checkout. Needs internet access: see docs/packaging.md.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildElectronBundles, buildRenderer, repoRoot } from './build-lib.mjs';

function run(command, args) {
  const r = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status ?? 1;
}

console.log('构建界面与主进程程序…');
await buildRenderer();
await buildElectronBundles();

const builderCli = join(repoRoot, 'node_modules', 'electron-builder', 'cli.js');
const status = run(process.execPath, [
  builderCli,
  '--config',
  'build/electron-builder.yml',
  '--publish',
  'never',
  ...process.argv.slice(2),
]);

console.log('恢复 Node 版 better-sqlite3（供 npm test 使用）…');
const restored = run('npm', ['rebuild', 'better-sqlite3']);
if (restored !== 0) console.error('警告：better-sqlite3 未能恢复为 Node 版本，请手动运行 npm rebuild better-sqlite3。');

if (status !== 0) {
  console.error('打包失败，详见上方 electron-builder 的输出。');
  process.exit(status);
}
console.log('打包完成，安装包在 release/ 文件夹中。');
