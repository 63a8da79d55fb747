// What the .doc reader takes from Word's binary format besides the text: the automatic list numbers, exactly
// as LibreOffice itself prints them when it reads the same .doc, and the centring of titles, also where a
// style gives it (as the GB/T 9704 export's styles do), as the .docx reader finds it in the .docx.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../shared/export';
import { importDoc, readDocLines } from '../../shared/import/doc';
import { ImportError } from '../../shared/import/errors';
import { readDocxLines } from '../../shared/import/docx';
import { importText } from '../../shared/import/text';
import { readSeed, tempDir } from '../helpers/paths';
import { wordMade } from '../import-docx/build-docx';
import { convertAll, soffice } from './convert';
import { OWN_NOTICE } from './own-notice';

describe.skipIf(!soffice)('.doc paragraphs', () => {
  const dir = tempDir('yaodian-doc-lines-');
  const docx: Record<string, string> = {};
  const doc: Record<string, string> = {};

  beforeAll(async () => {
    docx.listed = join(dir, 'listed.docx');
    writeFileSync(docx.listed, await wordMade(importText(OWN_NOTICE), true));
    docx.exported = join(dir, 'exported.docx');
    writeFileSync(docx.exported, await exportDocx(importText(readSeed('jilin'))));
    const made = convertAll(Object.values(docx), ['doc'], dir).get('doc')!;
    for (const [k, path] of Object.entries(docx)) doc[k] = made.get(path)!;
  }, 240_000);

  it('gives each numbered paragraph the list number LibreOffice prints for it', () => {
    const out = join(dir, 'txt');
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        out,
        doc.listed,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    // LibreOffice's text export writes a numbered paragraph as its indentation, the number, a space, the text
    const printed = readFileSync(join(out, 'listed.txt'), 'utf8')
      .split(/\r?\n/)
      .map((l) => /^\s+(\S+?) \S/.exec(l)?.[1])
      .filter((l): l is string => !!l);
    const labels = readDocLines(new Uint8Array(readFileSync(doc.listed)))
      .filter((l) => l.listLabel)
      .map((l) => l.listLabel);
    expect(printed.length).toBeGreaterThan(10);
    expect(labels).toEqual(printed);
  });

  it('marks the lines centred that the .docx centres, by paragraph or by style', () => {
    const centred = (lines: Array<{ text: string; centered?: boolean }>) =>
      lines.filter((l) => l.centered && l.text).map((l) => l.text);
    const fromDocx = centred(readDocxLines(new Uint8Array(readFileSync(docx.exported))).lines);
    expect(fromDocx).toContain('2024年全省民政工作要点');
    expect(centred(readDocLines(new Uint8Array(readFileSync(doc.exported))))).toEqual(fromDocx);
  });

  it('fails on a damaged .doc with the Chinese message, never another error', () => {
    const original = new Uint8Array(readFileSync(doc.listed));
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let refused = 0;
    for (let i = 0; i < 200; i++) {
      // cut short, or bytes changed where the header, the FIB and the tables are
      let bytes = original.slice();
      if (i % 3 === 0) bytes = bytes.slice(0, Math.floor(random() * bytes.length));
      else
        for (let k = 0; k < 50; k++)
          bytes[Math.floor(random() * Math.min(bytes.length, 12_000))] = Math.floor(random() * 256);
      try {
        importDoc(bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        expect((e as ImportError).message).toMatch(/[\u4e00-\u9fff]/);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(50);
  });
});
