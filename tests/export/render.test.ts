// Each exported fixture rendered by LibreOffice (one invocation for all) and read back with poppler:
// A4 pages; full body pages of exactly 22 text lines and none with more; full lines of 28 characters;
// page numbers "— N —" odd right / even left, 7 mm below the 版心; the notice's elements in order;
// the red mark 35 mm below the 版心 top and the separator across the 版心; the 版记 on the last page,
// its last line on the 版心's bottom edge; the last page even; the in-process line model agreeing.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocxWithReport, type ExportResult } from '../../shared/export';
import { compose, noteText } from '../../shared/export/compose';
import { contextOf } from '../../shared/export/context';
import { GBT9704_2012 } from '../../shared/export/profile';
import { computeNumbers } from '../../shared/model/numbering';
import { flatten } from '../../shared/model/tree';
import { formatChineseDate } from '../../shared/model/dates';
import { sharedRoot, tempDir } from '../helpers/paths';
import { allFixtures, blankPageFixture, type Fixture } from './fixtures';
import {
  PAGE_NUMBER,
  cells,
  darkRules,
  pageLines,
  pageSizes,
  pageWords,
  raster,
  redRows,
  renderPdfs,
  type Word,
} from './render';

const PT_PER_MM = 72 / 25.4;
const TEXT_TOP = 2098 / 20; // 版心 top, pt (37 mm)
const TEXT_BOTTOM = (2098 + 12756) / 20; // 版心 bottom, pt
const TEXT_LEFT = 1587 / 20;
const TEXT_RIGHT = (1587 + 8844) / 20;

interface Rendered {
  fixture: Fixture;
  result: ExportResult;
  docx: string;
  pdf: string;
  pages: string[][];
  words: Word[][];
}

const rendered: Rendered[] = [];
let dir = '';

beforeAll(async () => {
  dir = tempDir('yaodian-export-render-');
  const fixtures = [...allFixtures(), await blankPageFixture((d) => exportDocxWithReport(d))];
  const items: Array<{ fixture: Fixture; result: ExportResult; docx: string }> = [];
  for (const fixture of fixtures) {
    const result = await exportDocxWithReport(fixture.doc, fixture.options);
    const docx = join(dir, `${fixture.name}.docx`);
    writeFileSync(docx, result.bytes);
    items.push({ fixture, result, docx });
  }
  const pdfs = renderPdfs(
    items.map((i) => i.docx),
    dir,
  );
  for (const i of items) {
    const pdf = pdfs.get(i.docx)!;
    rendered.push({ ...i, pdf, pages: pageLines(pdf), words: pageWords(pdf) });
  }
}, 300_000);

const names = [...allFixtures().map((f) => f.name), 'blank-page'];
const get = (name: string) => rendered.find((r) => r.fixture.name === name)!;
const strip = (s: string) => s.replace(/\s+/g, '');
const bodyLines = (page: string[]) => page.filter((l) => !PAGE_NUMBER.test(l));

/** Pages of the 要点 between its first and its last page: every one of them is full. */
function fullBodyPages(r: Rendered): number[] {
  const title = r.fixture.doc.meta.title!;
  const first = r.pages.findIndex((p) => p.some((l) => strip(l) === strip(title)));
  const bodyEnd = r.result.layout.bodyPages.libreoffice; // last page of the body flow (1-based)
  const pages: number[] = [];
  for (let i = first + 1; i < bodyEnd - 1; i++) pages.push(i);
  return pages;
}

describe.each(names)('%s rendered by LibreOffice', (name) => {
  it('is A4 throughout, has the pages the export expected, and an even count with a 版记', () => {
    const r = get(name);
    const sizes = pageSizes(r.pdf);
    expect(sizes.length).toBe(r.pages.length);
    for (const [w, h] of sizes) {
      expect(w).toBeCloseTo(595.3, 0);
      expect(h).toBeCloseTo(841.9, 0);
    }
    expect(sizes.length).toBe(r.result.layout.pages);
    if (r.result.layout.colophon !== 'none') expect(sizes.length % 2).toBe(0);
  });

  it('fills full body pages with exactly 22 lines and never sets more', () => {
    const r = get(name);
    for (const page of r.pages) expect(bodyLines(page).length).toBeLessThanOrEqual(22);
    for (const i of fullBodyPages(r)) expect(bodyLines(r.pages[i]), `page ${i + 1}`).toHaveLength(22);
  });

  it('sets 28 characters on a full line', () => {
    const r = get(name);
    const long: number[] = [];
    for (const i of fullBodyPages(r)) {
      for (const l of bodyLines(r.pages[i])) {
        const c = cells(strip(l));
        // a Chinese-only line never holds more than the grid's 28 characters
        if (!/[\x21-\x7e]/.test(l)) expect(c, l).toBeLessThanOrEqual(28);
        if (c >= 20) long.push(Math.round(c));
      }
    }
    if (!long.length) return;
    const counts = new Map<number, number>();
    for (const c of long) counts.set(c, (counts.get(c) ?? 0) + 1);
    const usual = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    // the usual full-line width (docx-layout-report's figure); lines with digits or Latin letters are
    // a little shorter in LibreOffice, which sets a gap between them and Chinese
    expect(usual).toBe(28);
  });

  it('numbers pages "— N —", odd on the right and even on the left, 7 mm below the 版心', () => {
    const r = get(name);
    const unnumbered = new Set<number>();
    if (r.result.layout.colophon === 'after-blank') {
      unnumbered.add(r.pages.length - 1);
      unnumbered.add(r.pages.length - 2);
    }
    r.words.forEach((words, i) => {
      const numbers = words.filter((w) => w.yMin > TEXT_BOTTOM);
      if (unnumbered.has(i)) {
        expect(numbers, `page ${i + 1}`).toHaveLength(0);
        return;
      }
      const text = numbers.map((w) => w.text).join(' ');
      const m = PAGE_NUMBER.exec(text.trim());
      expect(m, `page ${i + 1}: ${text}`).not.toBeNull();
      expect(Number(m![1])).toBe(i + 1);
      const x0 = Math.min(...numbers.map((w) => w.xMin));
      const x1 = Math.max(...numbers.map((w) => w.xMax));
      if ((i + 1) % 2 === 1) expect(Math.abs(x1 - (TEXT_RIGHT - 14))).toBeLessThan(3);
      else expect(Math.abs(x0 - (TEXT_LEFT + 14))).toBeLessThan(3);
      const middle = (numbers[0].yMin + numbers[0].yMax) / 2;
      expect(Math.abs(middle - (TEXT_BOTTOM + 7 * PT_PER_MM))).toBeLessThan(1.5 * PT_PER_MM);
    });
  });

  it('prints the notice and the 要点 in order', () => {
    const r = get(name);
    const m = r.fixture.doc.meta;
    const all = strip(r.pages.map((p) => bodyLines(p).join('')).join(''));
    const page1 = strip(bodyLines(r.pages[0]).join(''));
    const expected = [
      m.copyNumber,
      m.secrecy,
      m.urgency,
      m.issuerMark ?? (m.issuer ? `${m.issuer}文件` : null),
      m.docNumber,
      m.noticeTitle,
      m.recipients ? `${m.recipients.replace(/[:：]$/, '')}：` : null,
      m.coverParagraphs[0]?.slice(0, 10),
    ]
      .filter((x): x is string => !!x)
      .map(strip);
    let at = -1;
    for (const piece of expected) {
      const i = page1.indexOf(piece, at + 1);
      expect(i, `page 1: ${piece}`).toBeGreaterThan(at);
      at = i;
    }
    const tail = [m.signature, formatChineseDate(m.date), m.note ? noteText(m.note) : null]
      .filter((x): x is string => !!x)
      .map(strip);
    at = -1;
    for (const piece of tail) {
      const i = all.indexOf(piece, at + 1);
      expect(i, piece).toBeGreaterThan(at);
      at = i;
    }
    // the 要点: its title at the top of a page, then every heading with its number, in order
    if (m.title) {
      const titlePage = r.pages.findIndex((p) => strip(p[0]) === strip(m.title!));
      expect(titlePage).toBeGreaterThanOrEqual(m.noticeTitle || m.issuer ? 1 : 0);
      const numbers = computeNumbers(r.fixture.doc.sections, r.fixture.doc.numbering);
      let pos = all.indexOf(strip(m.title));
      for (const { section } of flatten(r.fixture.doc.sections)) {
        const label = numbers.get(section.id)?.label ?? '';
        const i = all.indexOf(strip(label + section.heading).slice(0, 12), pos + 1);
        expect(i, label + section.heading).toBeGreaterThan(pos);
        pos = i;
      }
    }
  });

  it('puts the 版记 on the last page, its last line on the 版心 bottom edge', () => {
    const r = get(name);
    if (r.result.layout.colophon === 'none') return;
    const last = strip(r.pages[r.pages.length - 1].join(''));
    const m = r.fixture.doc.meta;
    if (m.cc) expect(last).toContain('抄送：');
    if (m.printedDate) expect(last).toContain(`${formatChineseDate(m.printedDate)}印发`);
    for (const page of r.pages.slice(0, -1)) expect(strip(page.join(''))).not.toContain('印发机关');
    const img = raster(r.pdf, r.pages.length);
    const rules = darkRules(img, 400);
    expect(rules.length).toBeGreaterThan(0);
    const bottom = Math.max(...rules);
    expect(Math.abs(bottom - TEXT_BOTTOM)).toBeLessThan(1.5);
    // first (thick), middle (thin) and last (thick) lines: three separate rules
    const groups = rules.filter((y, i) => i === 0 || y - rules[i - 1] > 2);
    const rows = (m.cc ? 1 : 0) + (m.printedBy || m.printedDate ? 1 : 0);
    expect(groups).toHaveLength(rows + 1);
  });
});

describe.each(names.filter((n) => n !== 'maoji'))('%s: the red 版头', (name) => {
  it('has the mark 35 mm below the 版心 top and a red line across the 版心 4 mm below the 文号', () => {
    const r = get(name);
    const img = raster(r.pdf, 1);
    const red = redRows(img);
    const markTop = red[0].y;
    // the glyphs' ink starts a little below the em box the standard measures
    expect(markTop - (TEXT_TOP + 35 * PT_PER_MM)).toBeGreaterThan(-0.5);
    expect(markTop - (TEXT_TOP + 35 * PT_PER_MM)).toBeLessThan(1.5 * PT_PER_MM);
    const line = redRows(img, 400);
    expect(line.length).toBeGreaterThan(0);
    expect(Math.abs(line[0].x0 - TEXT_LEFT)).toBeLessThan(1.5);
    expect(Math.abs(line[line.length - 1].x1 - TEXT_RIGHT)).toBeLessThan(1.5);
    const docNumber = r.words[0].find((w) => w.text.includes('〔'))!;
    const gap = (line[0].y - docNumber.yMax) / PT_PER_MM;
    expect(gap).toBeGreaterThan(1.5);
    expect(gap).toBeLessThan(6);
    // the title two lines below the red line
    const title = r.words[0].find((w) => w.yMin > line[0].y)!;
    expect((title.yMin - line[0].y) / (579 / 20)).toBeGreaterThan(1.5);
  });
});

describe('the in-process line model', () => {
  it('breaks paragraphs where LibreOffice does', () => {
    let total = 0;
    let same = 0;
    for (const r of rendered) {
      const c = compose(r.fixture.doc, contextOf(GBT9704_2012), {
        withSeal: !!r.fixture.options?.withSeal,
        lineTexts: true,
      });
      const pdf = r.pages.flatMap(bodyLines).map(strip);
      let ptr = 0;
      for (const b of c.blocks) {
        const lt = (b.lineTexts ?? []).map(strip);
        if (lt.length < 2) continue;
        total++;
        const j = pdf.findIndex((l, i) => i >= ptr && l.startsWith(lt[0].slice(0, 12)));
        if (j < 0) continue;
        if (pdf.slice(j, j + lt.length).join('|') === lt.join('|')) same++;
        ptr = j + 1;
      }
    }
    expect(total).toBeGreaterThan(100);
    expect(same / total).toBeGreaterThan(0.9);
  });
});

describe('docx-layout-report', () => {
  it('reports 22 × 28 for an exported notice and python-docx opens it', () => {
    const r = get('jiangsu');
    // the tool runs LibreOffice with the default profile: a HOME of its own keeps parallel runs apart
    const out = execFileSync(join(sharedRoot, 'tools', 'docx-layout-report'), [r.docx], {
      encoding: 'utf8',
      timeout: 180_000,
      env: { ...process.env, HOME: tempDir('yaodian-report-home-') },
    });
    expect(out).toMatch(/usual full-line width: 28 characters/);
    expect(out).toMatch(/python-docx: opens it/);
    const lines = [...out.matchAll(/page\s+\d+:\s+(\d+) text lines/g)].map((m) => Number(m[1]));
    expect(Math.max(...lines)).toBe(22);
  });
});
