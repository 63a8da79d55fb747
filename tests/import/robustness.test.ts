// Damaged and shuffled notices: the importer never crashes, keeps the tree valid and loses no body text.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../../shared/import/encoding';
import { ImportError } from '../../shared/import/errors';
import { importText } from '../../shared/import/text';
import { parseLabel } from '../../shared/import/text/labels';
import { isResidueLine } from '../../shared/import/text/residue';
import { renderText } from '../../shared/model/render-text';
import { validateTree } from '../../shared/model/tree';
import { readSeed, repoRoot } from '../helpers/paths';
import { allTexts, shape } from './helpers';

/** 第二部分 / 第三章: a part label, kept as the section's number, not its text */
const PART_LABEL = /^第[\s\u3000]*[一二三四五六七八九十百零〇两0-9０-９]+[\s\u3000]*(?:部分|章|篇)[\s\u3000：:、.．]*/;

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const corpusDir = join(repoRoot, 'tests', 'import', 'corpus');
const corpusLines = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => decodeText(new Uint8Array(readFileSync(join(corpusDir, f)))).split(/\r?\n/));

describe('robustness', () => {
  const source = [...['jilin', 'maoji', 'jiangsu'].flatMap((n) => readSeed(n as 'jilin').split('\n')), ...corpusLines];

  it('300 shuffled, cut and relabelled documents (real and corpus lines) import into valid trees', () => {
    const rand = prng(20240219);
    const labels = ['一、', '(三)', '（十二）', '4.', '5、', '(2)', '⑶', '②', '第二部分 ', '', '', ''];
    for (let round = 0; round < 300; round++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(rand() * 40);
      for (let i = 0; i < count; i++) {
        let line = source[Math.floor(rand() * source.length)];
        if (rand() < 0.3) line = labels[Math.floor(rand() * labels.length)] + line.replace(/^\s*\S{0,4}/, '');
        if (rand() < 0.1) line = line.slice(0, Math.floor(rand() * line.length));
        lines.push(line);
      }
      let doc;
      try {
        doc = importText(lines.join('\n'));
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        continue;
      }
      expect(validateTree(doc.sections)).toEqual([]);
      // every long line (body text, not metadata) is still in the document, less its label and the run-in 。
      // leaders and page numbers of a TOC entry are not content; the entry keeps its heading
      const squash = (t: string) =>
        t
          .replace(/[.．·…_—-]{2,}\s*\d*\s*$/, '')
          .replace(/[:：]\s*$/, '')
          .replace(/[\s\u3000。]/g, '');
      const kept = squash([...allTexts(doc), ...(doc.toc ?? []).map((e) => e.heading)].join(''));
      for (const line of lines) {
        const rest = parseLabel(line.trim())?.rest ?? line.trim().replace(PART_LABEL, '');
        if (rest.length > 40 && !isResidueLine(line.trim())) expect(kept).toContain(squash(rest));
      }
      expect(() => importText(renderText(doc))).not.toThrow();
    }
  });
});

describe('text copied out of a PDF', () => {
  /** Breaks every paragraph at `width` characters; paragraphs start indented by two full-width spaces. */
  function hardWrap(text: string, width: number, indent = '\u3000\u3000'): string {
    const out: string[] = [];
    for (const paragraph of text.split('\n').map((l) => l.trim())) {
      let chars = [...indent, ...paragraph];
      while (chars.length > width) {
        out.push(chars.slice(0, width).join(''));
        chars = chars.slice(width);
      }
      if (chars.length) out.push(chars.join(''));
    }
    return out.join('\n');
  }

  it.each([
    ['jilin', 28],
    ['jilin', 35],
    ['jiangsu', 30],
    ['maoji', 33],
  ] as Array<['jilin' | 'jiangsu' | 'maoji', number]>)(
    '%s wrapped at %i characters imports like the original',
    (name, width) => {
      const original = importText(readSeed(name));
      const wrapped = importText(hardWrap(readSeed(name), width));
      expect(shape(wrapped.sections)).toEqual(shape(original.sections));
      expect(wrapped.meta).toEqual(original.meta);
      expect(wrapped.preamble).toEqual(original.preamble);
      expect(wrapped.numbering).toEqual(original.numbering);
    },
  );

  it('without indentation, the structure and metadata still come through', () => {
    const original = importText(readSeed('jilin'));
    const wrapped = importText(hardWrap(readSeed('jilin'), 35, ''));
    expect(wrapped.meta).toEqual(original.meta);
    expect(wrapped.sections.map((s) => [s.heading, s.children.length])).toEqual(
      original.sections.map((s) => [s.heading, s.children.length]),
    );
    expect(wrapped.numbering).toEqual(original.numbering);
  });

  it('leaves paragraphs of varying length alone', () => {
    const doc = importText(['一、甲', '第一段没有句号', '第二段。'].join('\n'));
    expect(doc.sections[0].paragraphs).toEqual(['第一段没有句号', '第二段。']);
  });
});
