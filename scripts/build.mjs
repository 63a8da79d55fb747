#!/usr/bin/env node
// npm run build: the renderer (vite, dist/renderer), the Electron main/preload bundles (dist-electron) and the
// command line (dist-cli).
import { buildCliBundle, buildElectronBundles, buildRenderer } from './build-lib.mjs';

// --cli: only the command line (what scripts/setup.sh needs so `yaodian` runs compiled code at once)
const cliOnly = process.argv.includes('--cli');

try {
  if (cliOnly) {
    await buildCliBundle();
    console.log('构建完成：dist-cli/yaodian.mjs');
    process.exit(0);
  }
  await buildRenderer();
  await buildElectronBundles();
  await buildCliBundle();
  console.log('构建完成：dist/renderer、dist-electron/main.js、dist-electron/preload.cjs、dist-cli/yaodian.mjs');
} catch (e) {
  console.error(`构建失败：${e?.message ?? e}`);
  process.exit(1);
}
