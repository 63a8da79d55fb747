// The PDF, read back with poppler like the Word file: A4 pages, as many as the page model's; every page's text
// lines (pdftotext) those of the page model, searchable (no spaces inside 2024年 or 各市(州)); the lines in
// the 版心 at their grid positions; every font embedded; the red 标志 and rule; page numbers; the 版记 rules;
// document properties; and `yaodian export X -o X.pdf`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdfWithReport, type PdfExport } from '../../electron/services/pdf/export-pdf';
import { toJson } from '../../shared/model/interchange';
import { layoutPages, type PageModel } from '../../shared/page';
import { yaodian } from '../checks/run-cli';
import { allFixtures } from '../export/fixtures';
import { PAGE_NUMBER, darkRules, pageLines, pageSizes, pageWords, raster, redRows } from '../export/render';
import { tempDir } from '../helpers/paths';
import { appendixNotice } from './documents';

interface Made {
  name: string;
  model: PageModel;
  result: PdfExport;
  pdf: string;
}

const made: Made[] = [];
let dir = '';
const strip = (s: string) => s.replace(/\s+/g, '');
const TW = 20; // twips per point

beforeAll(async () => {
  dir = tempDir('yaodian-pdf-');
  for (const f of [...allFixtures(), { name: 'appendix', doc: appendixNotice() }]) {
    const result = await exportPdfWithReport(f.doc, { ...f.options, now: new Date('2025-02-11T08:00:00Z') });
    const pdf = join(dir, `${f.name}.pdf`);
    writeFileSync(pdf, result.bytes);
    made.push({ name: f.name, model: layoutPages(f.doc, f.options), result, pdf });
  }
}, 120_000);

const get = (name: string) => made.find((m) => m.name === name)!;

describe('the PDF', () => {
  it('has the page model’s pages, all A4', () => {
    for (const m of made) {
      const sizes = pageSizes(m.pdf);
      expect(sizes.length, m.name).toBe(m.model.pageCount);
      expect(m.result.pages).toBe(m.model.pageCount);
      for (const [w, h] of sizes) {
        expect(w).toBeCloseTo(595.3, 0);
        expect(h).toBeCloseTo(841.9, 0);
      }
    }
  });

  it('has on each page the page model’s lines, as searchable text', () => {
    for (const m of made) {
      const pages = pageLines(m.pdf);
      m.model.pages.forEach((p, i) => {
        const want = [...p.lines]
          .sort((a, b) => a.baseline - b.baseline)
          .map((l) => l.spans.map((s) => s.text).join(''))
          .join('');
        const got = (pages[i] ?? []).filter((l) => !PAGE_NUMBER.test(l)).join('');
        expect(strip(got), `${m.name} page ${i + 1}`).toBe(strip(want));
      });
    }
    // text extraction keeps words whole: no gap inside a date or around half-width brackets
    const jilin = pageLines(get('jilin').pdf).flat().join('\n');
    expect(jilin).toContain('2024年2月19日');
    expect(jilin).toContain('各市(州)民政局');
  });

  it('sets 22 body lines a page on the grid, 28 characters a line, inside the 版心', () => {
    const m = get('jilin');
    const words = pageWords(m.pdf);
    const g = m.model.geometry;
    const left = g.marginLeft / TW;
    const right = (g.marginLeft + g.textWidth) / TW;
    const full = words.slice(2, 8);
    for (const page of full) {
      const inside = page.filter((w) => w.yMax < (g.marginTop + g.textHeight) / TW);
      const rows = [...new Set(inside.map((w) => Math.round(w.yMax)))];
      expect(rows.length).toBe(22);
      for (const w of page) {
        expect(w.xMin).toBeGreaterThanOrEqual(left - 0.5);
        if (!/^[—\d]+$/.test(w.text)) expect(w.xMax).toBeLessThanOrEqual(right + 16);
      }
      // line pitch 28.95 pt
      const sorted = rows.sort((a, b) => a - b);
      expect((sorted[sorted.length - 1] - sorted[0]) / 21).toBeCloseTo(g.linePitch / TW, 0);
    }
    // a full line of Chinese text: 28 characters
    const lines = pageLines(m.pdf)
      .slice(2, 8)
      .flat()
      .filter((l) => /^[\u4e00-\u9fff，。、；：“”（）《》]{28}$/.test(l));
    expect(lines.length).toBeGreaterThan(10);
  });

  it('embeds every font (subsets), Unicode-mapped so the text can be copied', () => {
    for (const name of ['every-element', 'appendix']) {
      const out = execFileSync('pdffonts', [get(name).pdf], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .slice(2);
      expect(out.length).toBeGreaterThanOrEqual(3);
      for (const row of out) {
        const cols = row.trim().split(/\s+/);
        const [emb, sub, uni] = cols.slice(-5, -2);
        expect([emb, sub, uni], row).toEqual(['yes', 'yes', 'yes']);
      }
    }
  });

  it('names each substituted font in a warning', () => {
    const { result } = get('every-element');
    // this machine has none of the office fonts: each one named, with what stands in for it
    for (const font of ['仿宋_GB2312', '黑体', '方正小标宋简体']) {
      expect(
        result.warnings.some((w) => w.includes(`“${font}”`)),
        font,
      ).toBe(true);
    }
  });

  it('prints the red 标志 and the red rule across the 版心, and the 版记 rules on the last page', () => {
    const m = get('every-element');
    const g = m.model.geometry;
    const img = raster(m.pdf, 1, 72);
    const red = redRows(img);
    const markTopPt = (g.marginTop + m.model.pages[0].lines.find((l) => l.role === 'issuerMark')!.y) / TW;
    expect(red.some((r) => r.y > markTopPt && r.y < markTopPt + 50)).toBe(true);
    // the rule: red from the 版心's left edge to its right edge (±1 mm), below the 文号
    const left = g.marginLeft / TW;
    const right = (g.marginLeft + g.textWidth) / TW;
    const rule = redRows(img, 150).filter((r) => Math.abs(r.x0 - left) < 3 && Math.abs(r.x1 - right) < 3);
    expect(rule.length).toBeGreaterThan(0);
    const docLine = m.model.pages[0].lines.find((l) => l.role === 'docNumber')!;
    expect(rule[0].y).toBeGreaterThan((g.marginTop + docLine.baseline) / TW);
    const last = raster(m.pdf, m.model.pageCount, 72);
    const rules = darkRules(last, 150);
    const bottom = (g.marginTop + g.textHeight) / TW;
    expect(rules.some((y) => Math.abs(y - bottom) < 1.5)).toBe(true);
  });

  it('numbers the pages — N —, odd right and even left, 7 mm below the 版心', () => {
    const m = get('jiangsu');
    const g = m.model.geometry;
    const words = pageWords(m.pdf);
    const numbered = m.model.pages.filter((p) => p.number !== null);
    expect(numbered.length).toBeGreaterThan(4);
    for (const p of numbered.slice(0, 4)) {
      const w = words[p.index].filter((x) => x.text === String(p.number));
      expect(w.length).toBe(1);
      const mid = (g.marginLeft + g.textWidth / 2) / TW;
      if (p.number! % 2) expect(w[0].xMin).toBeGreaterThan(mid);
      else expect(w[0].xMax).toBeLessThan(mid);
      expect(w[0].yMin).toBeGreaterThan((g.marginTop + g.textHeight) / TW);
    }
  });

  it('sets the document properties', () => {
    const info = execFileSync('pdfinfo', [get('jilin').pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+关于印发《2024年全省民政工作要点》的通知/);
    expect(info).toMatch(/Author:\s+吉林省民政厅/);
    expect(info).toMatch(/Subject:\s+吉民发〔2024〕6号/);
    expect(info).toMatch(/Keywords:.*GB\/T 9704-2012/);
    expect(info).toMatch(/Creator:\s+要点/);
  });
});

describe('yaodian export -o X.pdf', () => {
  it('writes the PDF and names the fonts it substituted', async () => {
    const json = join(dir, 'notice.json');
    writeFileSync(json, JSON.stringify(toJson(appendixNotice())));
    const out = join(dir, '输出.pdf');
    const r = await yaodian('export', json, '-o', out, '--seal');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已导出');
    expect(r.stdout).toContain('代替');
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageSizes(out).length).toBe(layoutPages(appendixNotice(), { withSeal: true }).pageCount);
  });

  it('exports several inputs as PDFs into a folder with --pdf', async () => {
    const a = join(dir, 'a.json');
    writeFileSync(a, JSON.stringify(toJson(allFixtures()[3].doc)));
    const r = await yaodian('export', a, join(dir, 'notice.json'), '-o', dir, '--pdf');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'a.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
