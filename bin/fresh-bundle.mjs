// Whether the compiled bundle in dist-cli/ may run: it exists and no source file is newer (stat only; a few ms for
// the whole tree). Used by `yaodian` and by `npm start`'s browser mode, which otherwise compile through tsx.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
// the same list as scripts/build-lib.mjs CLI_SOURCES (not imported: that module is not needed at run time)
const SOURCES = ['cli', 'shared', 'electron', 'package.json'];

function sourcesChangedSince(time) {
  const newer = (p) => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return false;
    if (!st.isDirectory()) return st.mtimeMs > time;
    return readdirSync(p).some((name) => !name.startsWith('.') && newer(`${p}/${name}`));
  };
  return SOURCES.some((s) => newer(root + s));
}

/** The URL of dist-cli/<name>.mjs when it is built and current, else null (then compile the sources). */
export function freshBundle(name) {
  const bundle = `${root}dist-cli/${name}.mjs`;
  if (!existsSync(bundle) || sourcesChangedSince(statSync(bundle).mtimeMs)) return null;
  return new URL(`../dist-cli/${name}.mjs`, import.meta.url).href;
}
