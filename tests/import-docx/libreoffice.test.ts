// A .docx re-saved by another word processor: LibreOffice rewrites styles and numbering.xml its own way
// (its own abstract numbering, overrides, style names); the import must give the same document.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDocx, readDocxLines } from '../../shared/import/docx';
import { importText } from '../../shared/import/text';
import { readSeed, SEEDS, tempDir } from '../helpers/paths';
import { plain, wordMade } from './build-docx';

const soffice = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));

describe.skipIf(!soffice)('a .docx re-saved by LibreOffice', () => {
  it('imports the three notices with the same tree, numbering and metadata', async () => {
    const dir = tempDir('yaodian-lo-');
    const names = Object.keys(SEEDS) as Array<keyof typeof SEEDS>;
    const originals = names.map((n) => importText(readSeed(n)));
    const inputs: string[] = [];
    for (const [i, name] of names.entries()) {
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, await wordMade(originals[i], true));
      inputs.push(path);
    }
    const out = join(dir, 'out');
    // a private profile, so a LibreOffice run elsewhere (another test, a user) cannot lock this one out
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        out,
        ...inputs,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    for (const [i, name] of names.entries()) {
      const bytes = new Uint8Array(readFileSync(join(out, `${name}.docx`)));
      // LibreOffice wrote its own numbering: the labels still come from it, not from typed text
      expect(readDocxLines(bytes).lines.filter((l) => l.listLabel).length).toBeGreaterThan(9);
      const back = await importDocx(bytes);
      const o = originals[i];
      expect({
        meta: back.meta,
        preamble: back.preamble,
        numbering: back.numbering,
        sections: plain(back.sections),
      }).toEqual({ meta: o.meta, preamble: o.preamble, numbering: o.numbering, sections: plain(o.sections) });
    }
  }, 180_000);
});
