// Shared by start.mjs, build.mjs and dist.mjs: where things are, whether builds are current, how to build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));
export const rendererOutDir = join(repoRoot, 'dist', 'renderer');
export const electronOutDir = join(repoRoot, 'dist-electron');
export const cliOutDir = join(repoRoot, 'dist-cli');
const require = createRequire(import.meta.url);

/** Newest modification time of the files under the given paths (folders walked, node_modules skipped). */
export function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules' && !name.startsWith('.')) visit(join(p, name));
    } else if (st.mtimeMs > newest) newest = st.mtimeMs;
  };
  for (const p of paths) visit(p);
  return newest;
}

function isFresh(output, sources) {
  if (!existsSync(output)) return false;
  return statSync(output).mtimeMs >= newestMtime(sources);
}

const rendererSources = ['renderer', 'shared', 'vite.config.ts', 'package.json'].map((p) => join(repoRoot, p));
const electronSources = ['electron', 'shared', 'package.json', 'scripts/build-lib.mjs'].map((p) => join(repoRoot, p));

export function rendererIsFresh() {
  return isFresh(join(rendererOutDir, 'index.html'), rendererSources);
}

export function electronBundlesAreFresh() {
  return (
    isFresh(join(electronOutDir, 'main.js'), electronSources) &&
    isFresh(join(electronOutDir, 'preload.cjs'), electronSources)
  );
}

/** vite build with the renderer's own vite.config.ts (output: dist/renderer). */
export async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
}

/**
 * The main process as one ES module and the sandboxed preload as one CommonJS file. Electron, the native
 * better-sqlite3, and pdfkit and fontkit (which read data files beside their code) stay external; everything
 * else (zod, docx, the shared model) is bundled in.
 */
export async function buildElectronBundles({ outDir = electronOutDir } = {}) {
  const esbuild = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: repoRoot,
  };
  await esbuild.build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: join(outDir, 'main.js'),
    format: 'esm',
    external: ['electron', 'better-sqlite3', 'pdfkit', 'fontkit'],
    // bundled CommonJS dependencies may still call require() for Node built-ins
    banner: {
      js: "import { createRequire as __yaodianRequire } from 'node:module'; const require = __yaodianRequire(import.meta.url);",
    },
  });
  await esbuild.build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: join(outDir, 'preload.cjs'),
    format: 'cjs',
    external: ['electron'],
  });
}

/** Bundled CommonJS dependencies may still call require() for Node built-ins. */
const REQUIRE_BANNER =
  "import { createRequire as __yaodianRequire } from 'node:module'; const require = __yaodianRequire(import.meta.url);";

/** The sources the command-line bundle is built from (bin/yaodian.mjs compares their times with it). */
export const CLI_SOURCES = ['cli', 'shared', 'electron', 'package.json'];

/**
 * The command line as compiled ES modules: dist-cli/yaodian.mjs plus one chunk per command, so a call
 * parses only the code it runs (no TypeScript compiler at start). better-sqlite3, pdfkit and fontkit stay
 * external.
 */
export async function buildCliBundle({ outDir = cliOutDir } = {}) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    splitting: true,
    // the browser-mode host too: `npm start` in browser mode then starts without compiling TypeScript
    entryPoints: { yaodian: 'cli/bin.ts', 'dev-host': 'electron/dev-host/cli.ts' },
    outdir: outDir,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    // pdfkit and fontkit read their own data files (standard fonts, tables) from beside their code
    external: ['better-sqlite3', 'pdfkit', 'fontkit'],
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: repoRoot,
    banner: { js: REQUIRE_BANNER },
  });
}

/**
 * The Electron binary, or the reason it is unusable. Mirrors the electron package's own lookup
 * (path.txt, ELECTRON_OVERRIDE_DIST_PATH) without throwing, then checks the file is really there.
 */
export function findElectron() {
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { path: null, reason: '未安装 electron 软件包' };
  }
  const pathFile = join(pkgDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!executable && !override) return { path: null, reason: '安装时未能下载' };
  const binary = override ? join(override, executable || 'electron') : join(pkgDir, 'dist', executable);
  if (!existsSync(binary)) return { path: null, reason: `${binary} 不存在` };
  return { path: binary, reason: null };
}
