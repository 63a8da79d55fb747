// The XML of each exported fixture, read with a real XML parser: page, margins, grid, fonts and sizes
// per element, red mark and separator, run-in headings, quotes in the East-Asian font, odd/even
// footers, the 版记 table, the font table's fallbacks and the profile named in the properties.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocxWithReport, type ExportResult } from '../../shared/export';
import { tempDir } from '../helpers/paths';
import { createDocument, createSection, emptyMeta } from '../../shared/model/factory';
import { allFixtures, blankPageFixture, everyElement, type Fixture } from './fixtures';
import {
  all,
  child,
  children,
  openDocx,
  path,
  relTarget,
  style,
  textOf,
  val,
  type DocxParts,
  type XNode,
} from './ooxml';

const MM = 1440 / 25.4;
const within = (twips: number, mm: number, tolMm = 1) => Math.abs(twips - mm * MM) <= tolMm * MM;

interface Exported {
  fixture: Fixture;
  result: ExportResult;
  parts: DocxParts;
  body: XNode;
  paragraphs: XNode[];
}

const exported = new Map<string, Exported>();

beforeAll(async () => {
  for (const fixture of allFixtures()) {
    const result = await exportDocxWithReport(fixture.doc, fixture.options);
    const parts = openDocx(result.bytes);
    const body = path(parts.xml('word/document.xml'), 'w:body')!;
    exported.set(fixture.name, { fixture, result, parts, body, paragraphs: all(body, 'w:p') });
  }
});

const get = (name: string) => exported.get(name)!;
const runs = (p: XNode) => children(p, 'w:r').filter((r) => child(r, 'w:t'));
const pStyle = (p: XNode) => val(path(p, 'w:pPr', 'w:pStyle'));
const findPara = (e: Exported, pred: (p: XNode) => boolean) => e.paragraphs.find(pred);

describe.each(allFixtures().map((f) => f.name))('%s: page, margins and grid', (name) => {
  it('is A4 with the GB/T 9704 margins and the 22-line grid in every section', () => {
    const { body } = get(name);
    const sects = all(body, 'w:sectPr');
    expect(sects.length).toBeGreaterThanOrEqual(1);
    for (const s of sects) {
      expect(child(s, 'w:pgSz')!.attrs).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
      const m = child(s, 'w:pgMar')!.attrs;
      expect(within(+m['w:top'], 37)).toBe(true);
      expect(within(+m['w:left'], 28)).toBe(true);
      expect(within(11906 - +m['w:left'] - +m['w:right'], 156, 0.1)).toBe(true);
      expect(within(16838 - +m['w:top'] - +m['w:bottom'], 225, 0.1)).toBe(true);
      const grid = child(s, 'w:docGrid')!.attrs;
      expect(grid['w:type']).toBe('lines');
      expect(grid['w:linePitch']).toBe('579');
      // 22 lines fill the 版心, a 23rd does not fit
      const textHeight = 16838 - +m['w:top'] - +m['w:bottom'];
      expect(22 * 579).toBeLessThanOrEqual(textHeight);
      expect(23 * 579).toBeGreaterThan(textHeight);
    }
  });

  it('names the layout profile in the document properties and the result', () => {
    const { parts, result } = get(name);
    expect(result.profile).toBe('gbt9704-2012');
    const custom = parts.xml('docProps/custom.xml');
    const prop = children(custom, 'property').find((p) => p.attrs.name === 'yaodian.profile');
    expect(prop!.children[0].text).toBe('gbt9704-2012');
    expect(child(parts.xml('docProps/core.xml'), 'dc:description')!.text).toContain('GB/T 9704-2012');
  });
});

describe('styles: fonts and sizes per element', () => {
  let styles: XNode;
  beforeAll(() => {
    styles = get('jilin').parts.xml('word/styles.xml');
  });
  const fonts = (s: XNode | undefined) => path(s, 'w:rPr', 'w:rFonts')?.attrs ?? {};

  it('sets body text in 3号仿宋_GB2312, Times New Roman for digits, condensed 0.25 pt, indented two characters, on the grid', () => {
    const normal = style(styles, 'Normal')!;
    expect(fonts(normal)).toMatchObject({
      'w:eastAsia': '仿宋_GB2312',
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
    });
    expect(val(path(normal, 'w:rPr', 'w:sz'))).toBe('32');
    expect(val(path(normal, 'w:rPr', 'w:spacing'))).toBe('-5');
    expect(path(normal, 'w:pPr', 'w:ind')!.attrs['w:firstLine']).toBe('630');
    expect(val(path(normal, 'w:pPr', 'w:jc'))).toBe('both');
    expect(val(path(normal, 'w:pPr', 'w:widowControl'))).toBe('0');
    // no automatic space between Chinese and digits: 2 digits stay one cell
    expect(val(path(normal, 'w:pPr', 'w:autoSpaceDE'))).toBe('0');
    expect(val(path(normal, 'w:pPr', 'w:autoSpaceDN'))).toBe('0');
    expect(path(normal, 'w:rPr', 'w:lang')!.attrs['w:eastAsia']).toBe('zh-CN');
    // 28 condensed characters fit the 156 mm 版心, 29 do not
    expect(28 * (320 - 5)).toBeLessThanOrEqual(8844);
    expect(29 * (320 - 5)).toBeGreaterThan(8844);
  });

  it('sets 一、 in 黑体, (一) in 楷体_GB2312, 1. and (1) in 仿宋_GB2312, all 3号 black', () => {
    const expected: Record<string, string> = {
      Heading1: '黑体',
      Heading2: '楷体_GB2312',
      Heading3: '仿宋_GB2312',
      Heading4: '仿宋_GB2312',
    };
    for (const [id, font] of Object.entries(expected)) {
      const s = style(styles, id)!;
      expect(fonts(s)['w:eastAsia']).toBe(font);
      expect(val(path(s, 'w:rPr', 'w:sz'))).toBe('32');
      expect(val(path(s, 'w:rPr', 'w:color'))).toBe('000000');
      expect(path(s, 'w:rPr', 'w:b')?.attrs['w:val'] ?? 'false').toMatch(/false|0/);
    }
    expect(fonts(style(styles, 'GwH1Char'))['w:eastAsia']).toBe('黑体');
    expect(fonts(style(styles, 'GwH2Char'))['w:eastAsia']).toBe('楷体_GB2312');
  });

  it('sets titles in 2号方正小标宋简体 and the mark in red 方正小标宋简体, both off the grid with exact lines', () => {
    const title = style(styles, 'GwTitle')!;
    expect(fonts(title)['w:eastAsia']).toBe('方正小标宋简体');
    expect(val(path(title, 'w:rPr', 'w:sz'))).toBe('44');
    expect(val(path(title, 'w:pPr', 'w:jc'))).toBe('center');
    expect(val(path(title, 'w:pPr', 'w:snapToGrid'))).toBe('0');
    expect(path(title, 'w:pPr', 'w:spacing')!.attrs).toMatchObject({ 'w:line': '579', 'w:lineRule': 'exact' });
    const mark = style(styles, 'GwMark')!;
    expect(fonts(mark)['w:eastAsia']).toBe('方正小标宋简体');
    expect(val(path(mark, 'w:rPr', 'w:color'))).toBe('FF0000');
    expect(val(path(mark, 'w:pPr', 'w:snapToGrid'))).toBe('0');
    const colophon = style(styles, 'GwColophon')!;
    expect(fonts(colophon)['w:eastAsia']).toBe('仿宋_GB2312');
    expect(val(path(colophon, 'w:rPr', 'w:sz'))).toBe('28');
  });

  it('declares fallbacks for the office fonts in the font table (GB2312 charset, other names)', () => {
    const table = get('jilin').parts.xml('word/fontTable.xml');
    const font = (name: string) => children(table, 'w:font').find((f) => f.attrs['w:name'] === name);
    for (const [name, alt] of [
      ['仿宋_GB2312', '仿宋'],
      ['楷体_GB2312', '楷体'],
      ['黑体', 'SimHei'],
      ['宋体', 'SimSun'],
      ['方正小标宋简体', '宋体'],
    ]) {
      const f = font(name);
      expect(f, name).toBeDefined();
      expect(val(child(f, 'w:altName'))).toBe(alt);
      expect(val(child(f, 'w:charset'))).toBe('86');
      expect(val(child(f, 'w:panose1'))).toMatch(/^[0-9A-F]{20}$/);
    }
    expect(val(child(font('Times New Roman'), 'w:charset'))).toBe('00');
  });

  it('keeps punctuation uncompressed and odd/even footers on', () => {
    const settings = get('jilin').parts.xml('word/settings.xml');
    expect(child(settings, 'w:evenAndOddHeaders')).toBeDefined();
    expect(val(child(settings, 'w:characterSpacingControl'))).toBe('doNotCompress');
  });
});

describe('版头 and 主体 (every element, upward document)', () => {
  it('puts 份号, 密级, 紧急程度 flush left on the first lines, 密级 and 紧急 in 黑体', () => {
    const e = get('every-element');
    const [p1, p2, p3] = e.paragraphs;
    expect([textOf(p1), textOf(p2), textOf(p3)]).toEqual(['000123', '秘密★1年', '特急']);
    for (const p of [p1, p2, p3]) expect(pStyle(p)).toBe('GwFlush');
    expect(
      runs(p2)
        .filter((r) => textOf(r).includes('秘密'))
        .every((r) => path(r, 'w:rPr', 'w:rFonts')?.attrs['w:eastAsia'] === '黑体'),
    ).toBe(true);
    // ★ is a symbol: East-Asian font in every slot
    const star = runs(p2).find((r) => textOf(r) === '★')!;
    expect(path(star, 'w:rPr', 'w:rFonts')!.attrs).toMatchObject({
      'w:ascii': '黑体',
      'w:hAnsi': '黑体',
      'w:eastAsia': '黑体',
      'w:hint': 'eastAsia',
    });
  });

  it('writes the red mark centred with its upper edge 35 mm below the 版心 top, on a line taller than the glyph', () => {
    const e = get('every-element');
    const mark = findPara(e, (p) => pStyle(p) === 'GwMark')!;
    expect(textOf(mark)).toBe('某某市民政局文件');
    const spacing = path(mark, 'w:pPr', 'w:spacing')!.attrs;
    const line = +spacing['w:line'];
    const size = +val(path(runs(mark)[0], 'w:rPr', 'w:sz'))! * 10; // half-points → twips
    expect(spacing['w:lineRule']).toBe('exact');
    expect(line).toBeGreaterThanOrEqual(size * 1.2); // never clipped by a fixed line height
    // three grid lines above it, then spacing; the baseline at 80 % of an exact line, the em box 0.88 em above it
    const top = 3 * 579 + +spacing['w:before'] + 0.8 * line - 0.88 * size;
    expect(Math.abs(top - 35 * MM)).toBeLessThan(0.5 * MM);
    expect(e.result.layout.markTop).toBeCloseTo(35 * MM, -1);
  });

  it('writes 发文字号 left and 签发人 right on one line, with the red separator as a bottom border', () => {
    const e = get('every-element');
    const p = findPara(e, (x) => pStyle(x) === 'GwDocNumber')!;
    expect(textOf(p)).toBe('某民发〔2025〕8号\t签发人：张三');
    const bottom = path(p, 'w:pPr', 'w:pBdr', 'w:bottom')!.attrs;
    expect(bottom['w:color']).toBe('FF0000');
    expect(bottom['w:val']).toBe('single');
    // one character's space on each side, by a first-line indent and a right tab: the border spans the 版心
    const ind = path(p, 'w:pPr', 'w:ind')!.attrs;
    expect(ind).toEqual({ 'w:firstLine': '315' });
    const tab = path(p, 'w:pPr', 'w:tabs', 'w:tab')!.attrs;
    expect(tab).toMatchObject({ 'w:val': 'right', 'w:pos': String(8844 - 315) });
    const names = runs(p).find((r) => textOf(r) === '张三')!;
    expect(path(names, 'w:rPr', 'w:rFonts')!.attrs['w:eastAsia']).toBe('楷体_GB2312');
  });

  it('centres the 文号 of a downward notice, and the separator spans the 版心 (no indents)', () => {
    const e = get('jiangsu');
    const p = findPara(e, (x) => pStyle(x) === 'GwDocNumber')!;
    expect(textOf(p)).toBe('苏民发〔2014〕1号');
    expect(path(p, 'w:pPr', 'w:ind')).toBeUndefined();
    expect(path(p, 'w:pPr', 'w:pBdr', 'w:bottom')!.attrs['w:color']).toBe('FF0000');
  });

  it('breaks a long title between words into a trapezoid, and keeps 主送 flush left with a full-width colon', () => {
    const e = get('every-element');
    const title = findPara(e, (p) => pStyle(p) === 'GwTitle')!;
    const lines = textOf(title).split('\n');
    expect(lines).toEqual(['关于进一步加强和改进新时代民政领域', '社会组织登记管理和综合监管工作的实施意见']);
    const recipients = e.paragraphs[e.paragraphs.indexOf(title) + 2];
    expect(textOf(recipients)).toBe('各县（市、区）民政局，局机关各科室：');
    expect(pStyle(recipients)).toBe('GwFlush');
  });

  it('writes 附件说明 with names aligned, and 附注 in parentheses with the body indent', () => {
    const e = get('every-element');
    const att = e.paragraphs.filter((p) => /^(附件：)?\d+\.2025/.test(textOf(p)));
    expect(att.map(textOf)).toEqual(['附件：1.2025年全市民政工作任务分解表', '2.2025年全市民政重点项目清单']);
    const i1 = path(att[0], 'w:pPr', 'w:ind')!.attrs;
    const i2 = path(att[1], 'w:pPr', 'w:ind')!.attrs;
    // both names start at the same place: 2 characters + 附件： + the number
    expect(+i1['w:left']).toBe(+i2['w:left']);
    expect(+i1['w:left'] - +i1['w:hanging']).toBe(630);
    const note = e.paragraphs.find((p) => textOf(p) === '（此件公开发布）')!;
    expect(pStyle(note)).toBeUndefined(); // Normal: indented two characters
  });

  // Both are right-aligned with right indents (the right edges hold in Word and LibreOffice alike); Word's
  // arithmetic: a paragraph's width is the sum of its characters' advances, character spacing included. The
  // 署名 is within half a millimetre (28 twips) of its place in Word: half of a 48-twip LibreOffice offset is
  // split between the two programs (see compose.ts).
  const wordStart = (p: ReturnType<typeof get>['paragraphs'][number]) => {
    expect(val(path(p, 'w:pPr', 'w:jc'))).toBe('right');
    const right = +path(p, 'w:pPr', 'w:ind')!.attrs['w:right'];
    let width = 0;
    for (const r of runs(p)) {
      const sp = path(r, 'w:rPr', 'w:spacing');
      const spacing = sp ? +sp.attrs['w:val'] : -5;
      for (const ch of textOf(r)) width += (/[0-9]/.test(ch) ? 160 : 320) + spacing;
    }
    return { start: 8844 - right - width, right };
  };

  it('places 署名 and date without a seal: the date starts two characters right of the 署名', () => {
    // 某某市民政局 (6 cells) is shorter than 2025年2月10日 (6.4 cells): the date keeps two characters
    // from the right and the 署名 moves left to match
    const e = get('every-element');
    const sig = wordStart(e.paragraphs.find((p) => textOf(p) === '某某市民政局')!);
    const date = wordStart(e.paragraphs.find((p) => textOf(p) === '2025年2月10日')!);
    expect(date.right).toBe(2 * 315);
    expect(Math.abs(date.start - sig.start - 630)).toBeLessThanOrEqual(28);
    // which is longer is decided as LibreOffice sets them (2014年1月5日 is 0.05 cells shorter than 江苏省民政厅 in Word,
    // 0.8 cells longer with LibreOffice's gaps around digits): one of them keeps two characters from the right
    const j = get('jiangsu');
    const jsig = wordStart(j.paragraphs.find((p) => textOf(p) === '江苏省民政厅')!);
    const jdate = wordStart(j.paragraphs.find((p) => textOf(p) === '2014年1月5日')!);
    expect(Math.min(jsig.right, jdate.right)).toBe(2 * 315);
    expect(Math.abs(jdate.start - jsig.start - 630)).toBeLessThanOrEqual(28);
  });

  it('with a seal: the date four characters from the right and the 署名 centred over it', () => {
    const e = get('every-element-seal');
    const sig = wordStart(e.paragraphs.find((p) => textOf(p) === '某某市民政局')!);
    const date = wordStart(e.paragraphs.find((p) => textOf(p) === '2025年2月10日')!);
    expect(date.right).toBe(4 * 315);
    const dateWidth = 4 * 155 + 315 + 155 + 315 + 2 * 155 + 315; // 2025年2月10日, digits half a cell
    expect(Math.abs(sig.start + (6 * 315) / 2 - (date.start + dateWidth / 2))).toBeLessThanOrEqual(28);
  });

  it('keeps a run-in heading in its font and the text after it in the body font, in one paragraph', () => {
    const e = get('every-element');
    const p = e.paragraphs.find((x) => textOf(x).startsWith('（一）完善社会救助。'))!;
    const rs = runs(p);
    expect(val(path(rs[0], 'w:rPr', 'w:rStyle'))).toBe('GwH2Char');
    expect(textOf(rs[0])).toBe('（一）完善社会救助。');
    const rest = rs.slice(1);
    expect(rest.length).toBeGreaterThan(0);
    for (const r of rest) {
      expect(path(r, 'w:rPr', 'w:rStyle')).toBeUndefined();
      const ea = path(r, 'w:rPr', 'w:rFonts')?.attrs['w:eastAsia'];
      if (ea) expect(ea).toBe('仿宋_GB2312');
    }
    expect(textOf(p)).toBe('（一）完善社会救助。健全分层分类救助体系，加强低收入人口动态监测。');
    const h1 = e.paragraphs.find((x) => textOf(x) === '一、兜牢民生底线')!;
    expect(pStyle(h1)).toBe('Heading1');
    expect(pStyle(e.paragraphs.find((x) => textOf(x) === '1.提高救助标准')!)).toBe('Heading3');
    expect(textOf(e.paragraphs.find((x) => textOf(x).startsWith('（1）'))!)).toBe('（1）低保。按时足额发放。');
  });

  it('sets quotes, dashes and ellipses in the East-Asian font, digits in the Latin slot', () => {
    const e = get('every-element');
    const sym = e.paragraphs.flatMap(runs).filter((r) => /^[“”…—]+$/.test(textOf(r)));
    expect(sym.map(textOf)).toEqual(expect.arrayContaining(['“', '”', '……', '——']));
    for (const r of sym) {
      expect(path(r, 'w:rPr', 'w:rFonts')!.attrs).toMatchObject({
        'w:ascii': '仿宋_GB2312',
        'w:hAnsi': '仿宋_GB2312',
        'w:eastAsia': '仿宋_GB2312',
        'w:hint': 'eastAsia',
      });
    }
    const digits = e.paragraphs.flatMap(runs).find((r) => textOf(r).includes('800元'))!;
    expect(path(digits, 'w:rPr', 'w:rFonts')).toBeUndefined(); // Normal: Times New Roman in the ASCII slot
  });

  it('starts the 要点 on a new page with its own centred title', () => {
    const e = get('jilin');
    const title = e.paragraphs.find((p) => textOf(p) === '2024年全省民政工作要点')!;
    expect(pStyle(title)).toBe('GwTitle');
    expect(path(title, 'w:pPr', 'w:pageBreakBefore')).toBeDefined();
  });
});

describe('版记 and page numbers', () => {
  it('writes the 版记 as a table on the 版心 bottom: thick first and last lines, thin middle line, 4号', () => {
    for (const name of ['jilin', 'short-notice', 'every-element']) {
      const e = get(name);
      const tbls = all(e.body, 'w:tbl');
      expect(tbls).toHaveLength(1);
      const tblPr = child(tbls[0], 'w:tblPr')!;
      // floated to the bottom of the text area: its place does not depend on the body above it
      expect(child(tblPr, 'w:tblpPr')!.attrs).toMatchObject({ 'w:vertAnchor': 'margin', 'w:tblpYSpec': 'bottom' });
      expect(child(tblPr, 'w:tblW')!.attrs['w:w']).toBe('8844');
      const b = child(tblPr, 'w:tblBorders')!;
      expect(child(b, 'w:top')!.attrs['w:sz']).toBe('8'); // 1 pt ≈ 0.35 mm
      expect(child(b, 'w:bottom')!.attrs['w:sz']).toBe('8');
      expect(child(b, 'w:insideH')!.attrs['w:sz']).toBe('6'); // 0.75 pt ≈ 0.25 mm
      const rows = children(tbls[0], 'w:tr');
      expect(rows.length).toBe(2);
      const texts = rows.map((r) => textOf(r));
      expect(texts[0]).toMatch(/^抄送：.+。$/);
      expect(texts[1]).toMatch(/\t\d{4}年\d{1,2}月\d{1,2}日印发$/);
      for (const p of all(tbls[0], 'w:p')) expect(pStyle(p)).toBe('GwColophon');
    }
  });

  it('numbers pages "— N —" in 4号宋体: odd right, even left, one character from the side', () => {
    const e = get('jilin');
    const sect = all(e.body, 'w:sectPr')[0];
    const refs = children(sect, 'w:footerReference');
    const footer = (type: string) =>
      e.parts.xml(relTarget(e.parts, refs.find((r) => r.attrs['w:type'] === type)!.attrs['r:id']));
    const check = (f: XNode, jc: string, side: string) => {
      const p = child(f, 'w:p')!;
      expect(val(path(p, 'w:pPr', 'w:jc'))).toBe(jc);
      expect(path(p, 'w:pPr', 'w:ind')!.attrs[side]).toBe('280');
      expect(all(p, 'w:instrText').map((i) => i.text.trim())).toEqual(['PAGE']);
      expect(
        all(p, 'w:t')
          .map((t) => t.text)
          .join('#'),
      ).toBe('— # —');
      for (const r of children(p, 'w:r')) {
        expect(path(r, 'w:rPr', 'w:rFonts')!.attrs['w:eastAsia']).toBe('宋体');
        expect(val(path(r, 'w:rPr', 'w:sz'))).toBe('28');
      }
    };
    check(footer('default'), 'right', 'w:right');
    check(footer('even'), 'left', 'w:left');
    // the number line 7 mm below the 版心: footer distance leaves room for it
    const pgMar = child(sect, 'w:pgMar')!.attrs;
    expect(+pgMar['w:footer']).toBeLessThan(+pgMar['w:bottom'] - 7 * MM);
  });

  it('puts the 版记 on the next page, numbered, when the body ends on an odd page', () => {
    const e = get('jilin');
    expect(e.result.layout.colophon).toBe('next-page');
    expect(e.result.layout.bodyPages.word % 2).toBe(1);
    expect(all(e.body, 'w:sectPr')).toHaveLength(1);
    const before = e.body.children[e.body.children.findIndex((n) => n.name === 'w:tbl') - 1];
    expect(path(before, 'w:pPr', 'w:pageBreakBefore')).toBeDefined();
  });

  it('puts a blank page without numbers before the 版记 when the body ends full on an even page', async () => {
    const fixture = await blankPageFixture((d) => exportDocxWithReport(d));
    const r = await exportDocxWithReport(fixture.doc);
    expect(r.layout.colophon).toBe('after-blank');
    expect(r.layout.bodyPages.word % 2).toBe(0);
    const parts = openDocx(r.bytes);
    const body = path(parts.xml('word/document.xml'), 'w:body')!;
    const sects = all(body, 'w:sectPr');
    expect(sects).toHaveLength(2);
    const tail = sects[1];
    for (const ref of children(tail, 'w:footerReference')) {
      const f = parts.xml(relTarget(parts, ref.attrs['r:id']));
      expect(all(f, 'w:instrText')).toHaveLength(0); // no page number
    }
    expect(r.layout.pages % 2).toBe(0);
  });

  it('shares the last even page when there is room', () => {
    const e = get('short-notice');
    expect(e.result.layout.colophon).toBe('shared');
    expect(all(e.body, 'w:sectPr')).toHaveLength(1);
    expect(e.result.layout.pages).toBe(2);
  });
});

describe('python-docx', () => {
  it('opens every export', () => {
    const dir = tempDir('yaodian-export-xml-');
    const files = [...exported.values()].map((e) => {
      const f = join(dir, `${e.fixture.name}.docx`);
      writeFileSync(f, e.result.bytes);
      return f;
    });
    const script =
      'import sys, docx\nfor f in sys.argv[1:]:\n    d = docx.Document(f)\n    assert len(d.paragraphs) > 3, f\nprint("ok", len(sys.argv) - 1)';
    const out = execFileSync('/usr/bin/python3', ['-c', script, ...files], { encoding: 'utf8' });
    expect(out.trim()).toBe(`ok ${files.length}`);
  });
});

describe('odd content', () => {
  it('exports text with XML specials, control characters, empty headings, a long Latin word, and an empty document', async () => {
    const doc = everyElement();
    const odd = {
      ...doc,
      meta: { ...doc.meta, noticeTitle: 'A&B<C>"D"关于\u0007测试的通知', cc: '甲&乙\u0001<丙>', printedBy: null },
      preamble: ['x'.repeat(300), '一'.repeat(5) + '\t' + 'ABC&<>' + '\u000b', ''],
      sections: [...doc.sections, createSection(1, ''), createSection(2, '', { runIn: true, paragraphs: [] })],
    };
    for (const d of [odd, createDocument(), createDocument({ meta: { ...emptyMeta(), issuer: '某局' } })]) {
      const r = await exportDocxWithReport(d);
      const parts = openDocx(r.bytes); // the parser throws on malformed XML
      const xml = parts.raw('word/document.xml');
      expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      expect(parts.xml('word/document.xml').name).toBe('w:document');
    }
    const text = all(path(openDocx((await exportDocxWithReport(odd)).bytes).xml('word/document.xml'), 'w:body'), 'w:t')
      .map((t) => t.text)
      .join('');
    expect(text).toContain('A&B<C>"D"关于测试的通知');
    expect(text).toContain('甲&乙<丙>');
  });
});
