// shared/layout: the 22 × 28 grid, line breaking rules and page breaks, on built documents and a real fixture.
import { describe, expect, it } from 'vitest';
import { CELLS_PER_LINE, LINES_PER_PAGE, cellWidth, paginate, textCells, wrapText, bodyLines } from '../../shared/layout';
import { createDocument, createSection } from '../../shared/model/factory';
import { importText } from '../../shared/import/text';
import { readSeed } from '../helpers/paths';

const rowsOf = (lines: { rows: number }[]) => lines.reduce((n, l) => n + l.rows, 0);

describe('cells and wrapping', () => {
  it('counts full-width characters as one cell and half-width as half', () => {
    expect(cellWidth('民')).toBe(1);
    expect(cellWidth('，')).toBe(1);
    expect(cellWidth('a')).toBe(0.5);
    expect(cellWidth('1')).toBe(0.5);
    expect(textCells('2024年')).toBe(3);
  });

  it('puts 28 full-width characters on a line, 26 after a two-character indent', () => {
    const text = '民'.repeat(60);
    const lines = wrapText(text, CELLS_PER_LINE, 2, 0);
    expect(lines.map((l) => l.length)).toEqual([26, 28, 6]);
  });

  it('fits 56 half-width digits on a line but keeps a number whole', () => {
    expect(wrapText('1'.repeat(56), 28)).toHaveLength(1);
    const lines = wrapText('民'.repeat(26) + '20240219', 28);
    expect(lines).toEqual(['民'.repeat(26), '20240219']);
  });

  it('never starts a line with a closing mark and never ends one with an opening mark', () => {
    const hang = wrapText('民'.repeat(28) + '。后文', 28);
    expect(hang[0].endsWith('。')).toBe(true);
    expect(hang[1]).toBe('后文');
    const open = wrapText('民'.repeat(27) + '《要点》', 28);
    expect(open[0]).toBe('民'.repeat(27));
    expect(open[1]).toBe('《要点》');
  });
});

describe('pages', () => {
  it('fills pages of 22 lines and numbers them — N —', () => {
    // 30 stand-alone sections, each a heading line and a two-line body paragraph: 90 lines, title 2 more
    const sections = Array.from({ length: 30 }, (_, i) => createSection(1, `标题${i + 1}`, { paragraphs: ['民'.repeat(40)] }));
    const doc = createDocument({ sections, meta: { ...createDocument().meta, title: '2025年工作要点' } });
    const lines = bodyLines(doc);
    expect(rowsOf(lines)).toBe(2 + 30 * 3);
    const layout = paginate(doc);
    expect(layout.pageCount).toBe(Math.ceil(92 / LINES_PER_PAGE));
    for (const p of layout.pages.slice(0, -1)) expect(rowsOf(p.lines)).toBe(LINES_PER_PAGE);
    expect(layout.pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    expect(layout.sectionPages.get(sections[0].id)).toBe(0);
    expect(layout.sectionPages.get(sections[29].id)).toBe(4);
  });

  it('puts the 版记 on an even last page, with a blank unnumbered page when the even page is full', () => {
    const meta = { ...createDocument().meta, cc: '市委办公室', printedBy: '某局办公室', printedDate: '2025-02-20' };
    // one page exactly full (22 rows) → odd → the 版记 goes to page 2, numbered
    const one = createDocument({ meta, sections: Array.from({ length: 11 }, (_, i) => createSection(1, `标题${i}`, { paragraphs: ['正文'] })) });
    const a = paginate(one);
    expect(a.pageCount).toBe(2);
    expect(a.pages[1].colophon.map((l) => l.kind)).toEqual(['cc', 'printed']);
    expect(a.pages[1].number).toBe(2);
    // two full pages → even and full → blank page 3 and 版记 page 4, neither numbered
    const two = createDocument({ meta, sections: Array.from({ length: 22 }, (_, i) => createSection(1, `标题${i}`, { paragraphs: ['正文'] })) });
    const b = paginate(two);
    expect(b.pageCount).toBe(4);
    expect(b.pages.map((p) => p.number)).toEqual([1, 2, null, null]);
    expect(b.pages[2].lines).toHaveLength(0);
    expect(b.pages[3].colophon[0].text).toBe('抄送：市委办公室。');
    // room left on an even page: the 版记 sits at its foot
    const three = createDocument({ meta, sections: Array.from({ length: 14 }, (_, i) => createSection(1, `标题${i}`, { paragraphs: ['正文'] })) });
    const c = paginate(three);
    expect(c.pageCount).toBe(2);
    expect(c.pages[1].colophon).toHaveLength(2);
    expect(c.pages[1].colophon[1].rightText).toBe('2025年2月20日印发');
  });

  it('starts the 要点 on a new page after the notice', () => {
    const meta = { ...createDocument().meta, issuer: '某市民政局', docNumber: '某民发〔2025〕3号', noticeTitle: '关于印发要点的通知', title: '2025年要点' };
    const layout = paginate(createDocument({ meta, sections: [createSection(1, '第一部分')] }));
    expect(layout.pageCount).toBe(2);
    expect(layout.pages[0].lines.find((l) => l.kind === 'issuer-mark')?.text).toBe('某市民政局文件');
    expect(layout.pages[1].lines[0]).toMatchObject({ kind: 'title', text: '2025年要点', align: 'center' });
  });

  it('lays out a real notice with labels drawn from the model and run-in headings in one paragraph', () => {
    const doc = importText(readSeed('jilin'));
    const layout = paginate(doc);
    const all = layout.pages.flatMap((p) => p.lines);
    const headingStarts = all.filter((l) => l.kind === 'heading' && l.first);
    expect(headingStarts).toHaveLength(50);
    expect(headingStarts[0].text.startsWith('一、')).toBe(true);
    const at = all.findIndex((l) => l.kind === 'heading' && l.text.startsWith('（一）'));
    expect(all[at].text + all[at + 1].text).toContain('深入学习贯彻习近平新时代中国特色社会主义思想。巩固');
    expect(all[at].headingLength).toBe(all[at].text.length); // the heading part fills this line
    expect(all[at + 1].kind).toBe('heading'); // the body continues the same paragraph
    // every line fits its 28 cells (a hanging closing mark may add one)
    for (const l of all) if (l.kind === 'heading' || l.kind === 'body') expect(textCells(l.text) + l.indent).toBeLessThanOrEqual(29);
    expect(layout.pageCount).toBeGreaterThan(10);
    for (const p of layout.pages) expect(rowsOf(p.lines)).toBeLessThanOrEqual(LINES_PER_PAGE);
  });
});

describe('re-laying an edited document', () => {
  /** A deep copy: nothing shared with the original, so nothing can come from a cache. */
  const fresh = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

  it('lays out an edited section anew and keeps the others (same result as a document never laid out)', () => {
    const doc = importText(readSeed('jilin'));
    const before = paginate(doc);
    // lengthen one body paragraph by two lines, as typing would (a new section object on the path only)
    const [first, ...rest] = doc.sections;
    const child = first.children[0];
    const longer = { ...child, paragraphs: [child.paragraphs[0] + '民'.repeat(56), ...child.paragraphs.slice(1)] };
    const edited = { ...doc, sections: [{ ...first, children: [longer, ...first.children.slice(1)] }, ...rest] };
    const after = paginate(edited);
    expect(after).toEqual(paginate(fresh(edited)));
    const rows = (l: typeof after) => l.pages.reduce((n, p) => n + rowsOf(p.lines), 0);
    expect(rows(after)).toBe(rows(before) + 2);
    // renumbering (a section moved to the front) relabels the lines of unchanged section objects too
    const moved = { ...doc, sections: [rest[0], first, ...rest.slice(1)] };
    const relabelled = paginate(moved);
    expect(relabelled).toEqual(paginate(fresh(moved)));
    const firstHeading = relabelled.pages.flatMap((p) => p.lines).find((l) => l.kind === 'heading' && l.first)!;
    expect(firstHeading.text.startsWith(`一、${rest[0].heading.slice(0, 4)}`)).toBe(true);
  });

  it('counts a character outside the BMP as one cell and never splits it', () => {
    const rare = '𠀀'; // CJK Extension B, two UTF-16 units
    expect(textCells(rare + '民')).toBe(2);
    const lines = wrapText(rare.repeat(30), CELLS_PER_LINE);
    expect(lines.map((l) => [...l].length)).toEqual([28, 2]);
  });
});
