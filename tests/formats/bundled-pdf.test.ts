// The app's main process is one bundled file without node_modules beside it (scripts/build-lib.mjs). PDF.js
// must still read a PDF there: its worker comes in the bundle, the native canvas package it looks for is not
// needed, and nothing is printed. Built here with the same esbuild settings, run by plain Node in a folder of
// its own.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/import/text';
import { readSeed, repoRoot, tempDir } from '../helpers/paths';
import { wordMade } from '../import-docx/build-docx';
import { convertAll, soffice } from './convert';

describe.skipIf(!soffice)('PDF import in a bundled build', () => {
  it('reads a PDF quietly with no node_modules beside the bundle', async () => {
    const dir = tempDir('yaodian-bundled-pdf-');
    const docx = join(dir, 'notice.docx');
    writeFileSync(docx, await wordMade(importText(readSeed('maoji')), false));
    const pdf = convertAll([docx], ['pdf'], dir).get('pdf')!.get(docx)!;

    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { readFileSync } from 'node:fs';
import { importFileBytes } from ${JSON.stringify(join(repoRoot, 'electron/services/import-bytes'))};
const doc = await importFileBytes(new Uint8Array(readFileSync(process.argv[2])), 'notice.pdf');
process.stdout.write(JSON.stringify({ title: doc.meta.title, sections: doc.sections.length }));
`,
    );
    const esbuild = await import('esbuild');
    const out = join(dir, 'app', 'main.mjs');
    await esbuild.build({
      entryPoints: [entry],
      outfile: out,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      logLevel: 'error',
      banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    });
    const run = spawnSync(process.execPath, [out, pdf], { cwd: join(dir, 'app'), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const expected = importText(readSeed('maoji'));
    expect(JSON.parse(run.stdout)).toEqual({ title: expected.meta.title, sections: expected.sections.length });
  }, 120_000);
});
