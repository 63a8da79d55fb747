// A bench's child process as one compiled ES module: the bench then measures the code a user runs, not tsx.
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths';

/** Bundles tests/bench/<name>.ts into <dir>/<name>.mjs and returns that path. */
export async function buildChildScript(name: string, dir: string): Promise<string> {
  const esbuild = await import('esbuild');
  const script = join(dir, `${name}.mjs`);
  await esbuild.build({
    entryPoints: [join(repoRoot, 'tests', 'bench', `${name}.ts`)],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    // bundled CommonJS dependencies may still call require() for Node built-ins
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  return script;
}
