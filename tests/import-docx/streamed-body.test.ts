// The body of word/document.xml is read as it is parsed (shared/import/docx/body-stream.ts): its paragraphs are
// handed over one by one and never held as one tree, so a 20,000-section document imports within 300 MB.
import { describe, expect, it } from 'vitest';
import { readDocxLines } from '../../shared/import/docx';
import { parseXml, textOf, type XElement } from '../../shared/import/docx/xml';
import { ImportError } from '../../shared/import/errors';
import { body, pack, patchPart } from './build-docx';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('streamed body', () => {
  it('hands each child of w:body over as it closes and keeps none of them in the tree', () => {
    const seen: string[] = [];
    const root = parseXml(
      `<w:document ${W}><w:body><w:p>${R('一')}</w:p><w:p>${R('二')}</w:p><w:sectPr/></w:body></w:document>`,
      'word/document.xml',
      {
        keepTextIn: new Set(['w:t']),
        streamChildrenOf: {
          name: 'w:body',
          each: (el: XElement) => {
            const r = el.children[0] as XElement | undefined;
            seen.push(`${el.name}${r ? textOf(r.children[0] as XElement) : ''}`);
          },
        },
      },
    );
    expect(seen).toEqual(['w:p一', 'w:p二', 'w:sectPr']);
    expect((root.children[0] as XElement).children).toEqual([]);
  });

  it("passes the reader's own error on instead of calling the XML damaged", () => {
    const failing = new RangeError('reader');
    const run = () =>
      parseXml(`<w:document ${W}><w:body><w:p/></w:body></w:document>`, 'word/document.xml', {
        streamChildrenOf: {
          name: 'w:body',
          each: () => {
            throw failing;
          },
        },
      });
    expect(run).toThrow(failing);
    expect(run).not.toThrow(ImportError);
  });

  it('a section break in a content control waits for the type of the section after it', async () => {
    const base = await pack([body('占位')]);
    const sect = (type: string) => `<w:sectPr><w:type w:val="${type}"/></w:sectPr>`;
    const xml =
      `<w:sdt><w:sdtContent><w:p><w:pPr>${sect('oddPage')}</w:pPr>${R('封面最后一段。')}</w:p></w:sdtContent></w:sdt>` +
      `<w:p>${R('2025年全市民政工作要点')}</w:p>` +
      `<w:p><w:pPr>${sect('nextPage')}</w:pPr>${R('前言。')}</w:p>` +
      `<w:p>${R('一、总体要求')}</w:p>`;
    const bytes = patchPart(base, 'word/document.xml', (doc) => doc.replace('<w:body>', `<w:body>${xml}`));
    const { lines } = readDocxLines(bytes);
    // section 2 starts a new page, so its first line does; section 3 is the body's own (a new page by default)
    expect(lines.map((l) => [l.text, l.pageBreakBefore ?? false])).toEqual([
      ['封面最后一段。', false],
      ['2025年全市民政工作要点', true],
      ['前言。', false],
      ['一、总体要求', true],
      ['占位', false],
    ]);
  });
});
