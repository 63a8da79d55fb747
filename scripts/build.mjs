#!/usr/bin/env node
// npm run build: the renderer (vite, dist/renderer) and the Electron main/preload bundles (dist-electron).
import { buildElectronBundles, buildRenderer } from './build-lib.mjs';

try {
  await buildRenderer();
  await buildElectronBundles();
  console.log('构建完成：dist/renderer、dist-electron/main.js、dist-electron/preload.cjs');
} catch (e) {
  console.error(`构建失败：${e?.message ?? e}`);
  process.exit(1);
}
