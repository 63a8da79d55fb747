// Every format gives the same document as the text it holds. The three seed notices and a four-level notice
// of our own are written as Word documents three ways — typed numbers, Word's automatic list numbering, and the
// project's own GB/T 9704 export (红头, page numbers "— N —" in the footers, 版记, justified lines) — then saved
// by LibreOffice as .doc, printed to PDF and saved as a web page. Each imports with the same headings,
// levels, paragraphs, numbering and notice metadata as the text (or, for the export, as its .docx).
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
const KIND: Record<Target, string> = { doc: 'ole', pdf: 'pdf', html: 'html' };

function tree(doc: YaodianDocument) {
  // the Word versions are written from the document model, which keeps a TOC aside: no TOC to compare
  return { meta: doc.meta, preamble: doc.preamble, numbering: doc.numbering, sections: plain(doc.sections) };
}

interface Source {
  /** the Word document made from a notice's text */
  docx: (doc: YaodianDocument) => Promise<Uint8Array>;
  targets: Target[];
  /** what each format must import as: the text's document, or the .docx's where the export added to it */
  reference: (text: string, docx: Uint8Array) => Promise<YaodianDocument>;
}

const SOURCES: Record<string, Source> = {
  'typed numbers': {
    docx: (d) => wordMade(d, false),
    targets: ['doc', 'pdf', 'html'],
    reference: async (t) => importText(t),
  },
  // LibreOffice saves a web page's lists as <ol> without their Chinese numbers: no .html here
  'Word list numbering': {
    docx: (d) => wordMade(d, true),
    targets: ['doc', 'pdf'],
    reference: async (t) => importText(t),
  },
  'the GB/T 9704 export': {
    docx: (d) => exportDocx(d),
    targets: ['doc', 'pdf', 'html'],
    reference: (_t, docx) => importDocx(docx),
  },
};

for (const [title, source] of Object.entries(SOURCES)) {
  describe.skipIf(!soffice)(`${title}: .doc, .pdf and .html give the same tree`, () => {
    const files = new Map<Target, Map<string, string>>();
    const paths = new Map<string, string>();
    const references = new Map<string, YaodianDocument>();

    beforeAll(async () => {
      const dir = tempDir('yaodian-formats-');
      for (const [name, text] of Object.entries(TEXTS)) {
        const path = join(dir, `${name}.docx`);
        const bytes = await source.docx(importText(text));
        writeFileSync(path, bytes);
        paths.set(name, path);
        references.set(name, await source.reference(text, bytes));
      }
      for (const [target, map] of convertAll([...paths.values()], source.targets, dir)) files.set(target, map);
    }, 240_000);

    for (const target of source.targets) {
      for (const name of Object.keys(TEXTS)) {
        it(`${name}.${target}`, async () => {
          const bytes = new Uint8Array(readFileSync(files.get(target)!.get(paths.get(name)!)!));
          expect(sniffKind(bytes)).toBe(KIND[target]);
          // named .txt: the kind comes from the content, not the name
          const doc = await importFileBytes(bytes, `${name}.txt`);
          expect(tree(doc)).toEqual(tree(references.get(name)!));
          // page numbers and running footers are not text of the notice
          expect(JSON.stringify(doc)).not.toMatch(/— \d+ —/);
        });
      }
    }
  });
}
