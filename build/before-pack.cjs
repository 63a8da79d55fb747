// electron-builder beforePack hook: refuse to package without the built renderer and Electron bundles
// (`npm run dist` builds them; a bare `electron-builder` call would otherwise ship an empty window).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const REQUIRED = ['dist/renderer/index.html', 'dist-electron/main.js', 'dist-electron/preload.cjs', 'build/icon.png'];

function missingBuildOutputs(projectDir) {
  return REQUIRED.filter((rel) => !existsSync(join(projectDir, rel)));
}

async function beforePack(context) {
  const projectDir = context.packager.projectDir;
  const missing = missingBuildOutputs(projectDir);
  if (missing.length > 0) {
    throw new Error(`打包前缺少构建结果：${missing.join('、')}。请先运行 npm run build（或直接用 npm run dist）。`);
  }
}

module.exports = beforePack;
module.exports.default = beforePack;
module.exports.missingBuildOutputs = missingBuildOutputs;
