#!/usr/bin/env node
// The `yaodian` command. Runs the compiled bundle (dist-cli, built by scripts/setup.sh and `npm run build`);
// only in a development tree whose sources changed after the last build does it compile them through tsx.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist-cli/yaodian.mjs`;
// the same list as scripts/build-lib.mjs CLI_SOURCES (not imported: that module is not needed at run time)
const SOURCES = ['cli', 'shared', 'electron', 'package.json'];

/** True when some source file is newer than the bundle (stat only; a few ms for the whole tree). */
function sourcesChangedSince(time) {
  const newer = (p) => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return false;
    if (!st.isDirectory()) return st.mtimeMs > time;
    return readdirSync(p).some((name) => !name.startsWith('.') && newer(`${p}/${name}`));
  };
  return SOURCES.some((s) => newer(root + s));
}

const built = existsSync(bundle) ? statSync(bundle).mtimeMs : null;
if (built !== null && !sourcesChangedSince(built)) {
  await import(new URL('../dist-cli/yaodian.mjs', import.meta.url).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
}
