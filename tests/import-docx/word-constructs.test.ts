// Word constructs that carry text in their own way: a generated table of contents (TOC field with PAGEREF page
// numbers), content controls, hidden text, soft line breaks, a deleted paragraph mark, WordArt, a second section.
import { describe, expect, it } from 'vitest';
import { importDocx, readDocxLines } from '../../shared/import/docx';
import { body, centered, HEITI, KAITI, pack, patchPart, plain, XIAOBIAOSONG } from './build-docx';

const R = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const FLD = (type: 'begin' | 'separate' | 'end') => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
const INSTR = (code: string) => `<w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r>`;

/** One TOC entry as Word writes it: a hyperlink holding the heading, a tab and a PAGEREF field. */
function tocEntry(text: string, page: number, bookmark: string, open = '', close = ''): string {
  return (
    `<w:p><w:pPr><w:pStyle w:val="TOC${text.startsWith('（') ? 2 : 1}"/></w:pPr>${open}` +
    `<w:hyperlink w:anchor="${bookmark}" w:history="1">${R(text)}<w:r><w:tab/></w:r>` +
    `${FLD('begin')}${INSTR(`PAGEREF ${bookmark} \\h`)}${FLD('separate')}${R(String(page))}${FLD('end')}</w:hyperlink>${close}</w:p>`
  );
}

/** Inserts raw WordprocessingML paragraphs after the paragraph holding `marker`. */
function insertAfter(bytes: Uint8Array, marker: string, xml: string): Uint8Array {
  return patchPart(bytes, 'word/document.xml', (doc) => {
    const at = doc.indexOf(marker);
    expect(at).toBeGreaterThan(0);
    const end = doc.indexOf('</w:p>', at) + '</w:p>'.length;
    return doc.slice(0, end) + xml + doc.slice(end);
  });
}

describe('Word constructs', () => {
  it('a generated table of contents: entries without their page numbers, recognised as the TOC', async () => {
    const base = await pack([
      centered('目录', { font: HEITI }),
      centered('2025年全区民政工作要点', { font: XIAOBIAOSONG, size: 44 }),
      body({ text: '一、坚持党的全面领导', font: HEITI }),
      body({ text: '（一）抓牢思想铸魂。', font: KAITI }, '组织开展学习研讨。'),
      body({ text: '二、推动社会救助高质量发展', font: HEITI }),
      body({ text: '（二）健全救助体系。', font: KAITI }, '贯彻落实救助意见。'),
    ]);
    const toc =
      tocEntry(
        '一、坚持党的全面领导',
        1,
        '_Toc1',
        FLD('begin') + INSTR('TOC \\o "1-2" \\h \\z \\u') + FLD('separate'),
      ) +
      tocEntry('（一）抓牢思想铸魂', 1, '_Toc2') +
      tocEntry('二、推动社会救助高质量发展', 2, '_Toc3') +
      tocEntry('（二）健全救助体系', 2, '_Toc4', '', FLD('end'));
    const bytes = insertAfter(base, '目录', toc);
    const { lines } = readDocxLines(bytes);
    expect(lines.slice(0, 6).map((l) => l.text)).toEqual([
      '目录',
      '一、坚持党的全面领导',
      '（一）抓牢思想铸魂',
      '二、推动社会救助高质量发展',
      '（二）健全救助体系',
      '2025年全区民政工作要点',
    ]);
    const doc = await importDocx(bytes);
    expect(doc.toc).toEqual([
      { level: 1, number: '一', heading: '坚持党的全面领导' },
      { level: 2, number: '一', heading: '抓牢思想铸魂' },
      { level: 1, number: '二', heading: '推动社会救助高质量发展' },
      { level: 2, number: '二', heading: '健全救助体系' },
    ]);
    expect(doc.meta.title).toBe('2025年全区民政工作要点');
    expect(plain(doc.sections).map((s) => [s.heading, s.children.map((c) => c.heading)])).toEqual([
      ['坚持党的全面领导', ['抓牢思想铸魂']],
      ['推动社会救助高质量发展', ['健全救助体系']],
    ]);
  });

  it('text in content controls and hyperlinks is read; hidden text and page-number fields are not', async () => {
    const base = await pack([centered('2025年全市民政工作要点', { font: XIAOBIAOSONG, size: 44 }), body('占位')]);
    const xml =
      `<w:sdt><w:sdtPr><w:alias w:val="单位"/></w:sdtPr><w:sdtContent><w:p>${R('一、加强')}` +
      `<w:sdt><w:sdtPr/><w:sdtContent>${R('基层')}</w:sdtContent></w:sdt>${R('治理')}</w:p></w:sdtContent></w:sdt>` +
      `<w:p>${R('（一）完善机制。')}<w:r><w:rPr><w:vanish/></w:rPr><w:t>内部批注不公开</w:t></w:r>` +
      `<w:hyperlink r:id="rId99">${R('详见政府网站')}</w:hyperlink>${R('。')}` +
      `${FLD('begin')}${INSTR('PAGE')}${FLD('separate')}${R('3')}${FLD('end')}` +
      `<w:fldSimple w:instr=" NUMPAGES ">${R('9')}</w:fldSimple></w:p>`;
    const bytes = insertAfter(base, '占位', xml);
    const { lines, stats } = readDocxLines(bytes);
    expect(lines.map((l) => l.text)).toEqual([
      '2025年全市民政工作要点',
      '占位',
      '一、加强基层治理',
      '（一）完善机制。详见政府网站。',
    ]);
    expect(stats.hiddenRuns).toBe(1);
    const doc = await importDocx(bytes);
    expect(doc.warnings).toEqual([{ code: 'docx-hidden-text', message: '文档中有 1 处隐藏文字，未导入' }]);
  });

  it('a soft line break splits a body paragraph but not a centred title; a deleted paragraph mark joins paragraphs', async () => {
    const base = await pack([body('占位')]);
    const xml =
      `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${R('关于印发2025年全市民政')}<w:r><w:br/></w:r>${R('工作要点的通知')}</w:p>` +
      `<w:p>${R('一、总体要求')}<w:r><w:br/></w:r>${R('坚持稳中求进。')}</w:p>` +
      `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a" w:date="2025-01-01T00:00:00Z"/></w:rPr></w:pPr>${R('二、重点')}</w:p>` +
      `<w:p>${R('任务')}</w:p>`;
    const { lines } = readDocxLines(insertAfter(base, '占位', xml));
    expect(lines.map((l) => l.text)).toEqual([
      '占位',
      '关于印发2025年全市民政工作要点的通知',
      '一、总体要求',
      '坚持稳中求进。',
      '二、重点任务',
    ]);
  });

  it('WordArt (VML text path) is read as a line with its fill colour, and goes to the top when red', async () => {
    const base = await pack([centered('吉民发〔2024〕3号'), body('占位')]);
    const wordArt =
      '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="mark" type="#_x0000_t136" fillcolor="red" stroked="f">' +
      '<v:textpath style="font-family:&quot;方正小标宋简体&quot;" string="吉林省民政厅文件"/></v:shape></w:pict></w:r></w:p>';
    const { lines } = readDocxLines(insertAfter(base, '占位', wordArt));
    expect(lines.map((l) => [l.text, l.color ?? null, l.origin])).toEqual([
      ['吉林省民政厅文件', 'FF0000', 'textbox'],
      ['吉民发〔2024〕3号', null, 'body'],
      ['占位', null, 'body'],
    ]);
  });

  it('a section break that starts a new page marks the next line; a continuous one does not', async () => {
    const base = await pack([body('占位')]);
    const sect = (type: string) => `<w:sectPr><w:type w:val="${type}"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`;
    const xml =
      `<w:p><w:pPr>${sect('oddPage')}</w:pPr>${R('通知正文最后一段。')}</w:p>` +
      `<w:p>${R('2025年全市民政工作要点')}</w:p>` +
      `<w:p><w:pPr>${sect('continuous')}</w:pPr>${R('前言。')}</w:p>` +
      `<w:p>${R('一、总体要求')}</w:p>`;
    // a break takes the type of the section after it: section 2 is continuous, the last one (no w:type) a new page
    const bytes = insertAfter(base, '占位', xml);
    const { lines } = readDocxLines(bytes);
    expect(lines.map((l) => [l.text, l.pageBreakBefore ?? false])).toEqual([
      ['占位', false],
      ['通知正文最后一段。', false],
      ['2025年全市民政工作要点', false],
      ['前言。', false],
      ['一、总体要求', true],
    ]);
  });
});

describe('packages written by other generators', () => {
  it('reads WordprocessingML bound to another prefix (ns0:) and a main part found through _rels/.rels', async () => {
    const { strToU8, zipSync } = await import('fflate');
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const p = (text: string, jc = '') =>
      `<ns0:p>${jc ? `<ns0:pPr><ns0:jc ns0:val="${jc}"/></ns0:pPr>` : ''}<ns0:r><ns0:t>${text}</ns0:t></ns0:r></ns0:p>`;
    const bytes = zipSync({
      '[Content_Types].xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/content/main.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      ),
      '_rels/.rels': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="content/main.xml"/></Relationships>`,
      ),
      'content/main.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><ns0:document xmlns:ns0="${W}"><ns0:body>` +
          p('2025年全市民政工作要点', 'center') +
          p('一、总体要求') +
          p('（一）坚持党的领导。全面加强党的建设。') +
          '</ns0:body></ns0:document>',
      ),
    });
    const { lines } = readDocxLines(bytes);
    expect(lines.map((l) => [l.text, l.centered])).toEqual([
      ['2025年全市民政工作要点', true],
      ['一、总体要求', false],
      ['（一）坚持党的领导。全面加强党的建设。', false],
    ]);
    const doc = await importDocx(bytes);
    expect(doc.meta.title).toBe('2025年全市民政工作要点');
    expect(plain(doc.sections)).toEqual([
      {
        level: 1,
        heading: '总体要求',
        runIn: false,
        paragraphs: [],
        children: [
          { level: 2, heading: '坚持党的领导', runIn: true, paragraphs: ['全面加强党的建设。'], children: [] },
        ],
      },
    ]);
  });
});
