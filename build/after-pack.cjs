// electron-builder afterPack hook: refuse an app whose packed node_modules lack a package needed at run time.
// Which node_modules go into the app is decided by electron-builder's dependency collector (`npm list`), and only
// then filtered by the `files` globs; when the collector misses a package the globs cannot bring it back, and the
// installed app dies at start ("Cannot find module 'bindings'") on PCs where nobody can debug it. So check:
// every bare import of dist-electron/main.js is packed, and every packed package has its dependencies packed.
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { isBuiltin } = require('node:module');
const { join } = require('node:path');

// dependencies used only while installing (better-sqlite3 runs prebuild-install from its install script)
const INSTALL_ONLY = new Set(['prebuild-install']);

function loadAsar() {
  // electron-builder's own copy, wherever npm placed it
  const builder = require.resolve('app-builder-lib/package.json', {
    paths: [require.resolve('electron-builder/package.json')],
  });
  return require(require.resolve('@electron/asar', { paths: [builder] }));
}

/** Reads files of the packed app, from resources/app.asar or, with asar off, resources/app. */
function appReader(resourcesDir) {
  const archive = join(resourcesDir, 'app.asar');
  if (existsSync(archive)) {
    const asar = loadAsar();
    asar.uncache(archive); // @electron/asar keeps headers by path: an archive rebuilt in place would read wrong
    const files = asar.listPackage(archive, {}).map((f) => f.replace(/\\/g, '/').replace(/^\//, ''));
    return { files, read: (rel) => asar.extractFile(archive, rel).toString('utf8') };
  }
  const appDir = join(resourcesDir, 'app');
  const files = [];
  const walk = (rel) => {
    for (const e of readdirSync(join(appDir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      files.push(child);
      if (e.isDirectory()) walk(child);
    }
  };
  walk('');
  return { files, read: (rel) => readFileSync(join(appDir, rel), 'utf8') };
}

/** Package names a bundle imports without bundling them (esbuild's externals), Node built-ins and electron aside. */
function bareImports(source) {
  const names = new Set();
  for (const m of source.matchAll(/^\s*import\s+(?:[^'";]*?\s+from\s+)?["']([^"'.][^"']*)["']/gm)) {
    const spec = m[1];
    if (isBuiltin(spec) || spec === 'electron') continue;
    names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
  }
  return [...names];
}

/** Where Node would find `name` from the package at `fromDir` (e.g. node_modules/a/node_modules/b), or null. */
function resolvePacked(packages, fromDir, name) {
  let dir = fromDir;
  while (true) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages.has(candidate)) return candidate;
    if (!dir) return null;
    const at = dir.lastIndexOf('/node_modules/');
    dir = at < 0 ? '' : dir.slice(0, at);
  }
}

/** Missing run-time packages of a packed app, as "what needs it → what is missing" lines (empty when complete). */
function missingRuntimePackages(resourcesDir) {
  const { files, read } = appReader(resourcesDir);
  const packages = new Set(
    files
      .filter((f) => /(^|\/)node_modules\/(@[^/]+\/)?[^/@][^/]*\/package\.json$/.test(f))
      .map((f) => f.slice(0, -'/package.json'.length)),
  );
  const problems = [];
  const main = 'dist-electron/main.js';
  if (files.includes(main)) {
    for (const name of bareImports(read(main))) {
      if (!resolvePacked(packages, '', name)) problems.push(`${main} → ${name}`);
    }
  }
  for (const dir of [...packages].sort()) {
    const pkg = JSON.parse(read(`${dir}/package.json`));
    for (const name of Object.keys(pkg.dependencies ?? {})) {
      if (INSTALL_ONLY.has(name) || name in (pkg.optionalDependencies ?? {})) continue;
      if (!resolvePacked(packages, dir, name)) problems.push(`${dir} → ${name}`);
    }
  }
  return problems;
}

async function afterPack(context) {
  const missing = missingRuntimePackages(context.packager.getResourcesDir(context.appOutDir));
  if (missing.length > 0) {
    throw new Error(
      `打包结果缺少运行时需要的软件包（程序会无法启动）：${missing.join('；')}。` +
        '请检查 build/electron-builder.yml 的 files 设置，以及 node_modules 是否由 npm ci 完整安装。',
    );
  }
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.missingRuntimePackages = missingRuntimePackages;
