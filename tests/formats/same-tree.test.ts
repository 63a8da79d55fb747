// Every format gives the same document as the text it holds: the three seed notices and a four-level notice
// of our own, written as Word documents, then saved by LibreOffice as .doc, printed to PDF and saved as a web
// page, import with the same headings, levels, paragraphs, numbering and notice metadata as their text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFileBytes } from '../../electron/services/import-bytes';
import { exportDocx } from '../../shared/export';
import { importDocx } from '../../shared/import/docx';
import { sniffKind } from '../../shared/import/kind';
import { importText } from '../../shared/import/text';
import type { YaodianDocument } from '../../shared/model/types';
import { readSeed, SEEDS, tempDir } from '../helpers/paths';
import { plain, wordMade } from '../import-docx/build-docx';
import { convertAll, soffice, type Target } from './convert';
import { OWN_NOTICE } from './own-notice';

const TEXTS: Record<string, string> = {
  ...Object.fromEntries(Object.keys(SEEDS).map((n) => [n, readSeed(n as keyof typeof SEEDS)])),
  own: OWN_NOTICE,
};
const TARGETS: Target[] = ['doc', 'pdf', 'html'];
const KIND: Record<Target, string> = { doc: 'ole', pdf: 'pdf', html: 'html' };

function tree(doc: YaodianDocument) {
  // the Word version is written from the document model, which keeps a TOC aside: no TOC to compare
  return { meta: doc.meta, preamble: doc.preamble, numbering: doc.numbering, sections: plain(doc.sections) };
}

describe.skipIf(!soffice)('.doc, .pdf and .html give the same tree as the text', () => {
  const files = new Map<Target, Map<string, string>>();
  const sources = new Map<string, string>();

  beforeAll(async () => {
    const dir = tempDir('yaodian-formats-');
    for (const [name, text] of Object.entries(TEXTS)) {
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, await wordMade(importText(text), false));
      sources.set(name, path);
    }
    for (const [target, map] of convertAll([...sources.values()], TARGETS, dir)) files.set(target, map);
  }, 240_000);

  for (const target of TARGETS) {
    for (const name of Object.keys(TEXTS)) {
      it(`${name}.${target}`, async () => {
        const path = files.get(target)!.get(sources.get(name)!)!;
        const bytes = new Uint8Array(readFileSync(path));
        expect(sniffKind(bytes)).toBe(KIND[target]);
        // named .txt: the kind comes from the content, not the name
        const doc = await importFileBytes(bytes, `${name}.txt`);
        expect(tree(doc)).toEqual(tree(importText(TEXTS[name])));
      });
    }
  }
});

// The project's own GB/T 9704 export: 红头, page numbers "— N —" in the footers, the 版记 on the last page,
// justified lines with the characters spaced out. Saved as .doc, printed to PDF and saved as a web page, each
// imports as the exported .docx itself does: page numbers and running footers are not text of the notice.
describe.skipIf(!soffice)('the GB/T 9704 export as .doc, .pdf and .html', () => {
  const files = new Map<Target, Map<string, string>>();
  const sources = new Map<string, string>();
  const exported = new Map<string, YaodianDocument>();

  beforeAll(async () => {
    const dir = tempDir('yaodian-formats-export-');
    for (const [name, text] of Object.entries(TEXTS)) {
      const path = join(dir, `${name}.docx`);
      const bytes = await exportDocx(importText(text));
      writeFileSync(path, bytes);
      sources.set(name, path);
      exported.set(name, await importDocx(bytes));
    }
    for (const [target, map] of convertAll([...sources.values()], TARGETS, dir)) files.set(target, map);
  }, 240_000);

  for (const target of TARGETS) {
    for (const name of Object.keys(TEXTS)) {
      it(`${name}.${target}`, async () => {
        const bytes = new Uint8Array(readFileSync(files.get(target)!.get(sources.get(name)!)!));
        const doc = await importFileBytes(bytes, `${name}.${target}`);
        expect(tree(doc)).toEqual(tree(exported.get(name)!));
        expect(JSON.stringify(doc)).not.toMatch(/— \d+ —/);
      });
    }
  }
});
