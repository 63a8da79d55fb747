// The page model against LibreOffice's rendering of the exported .docx (one LibreOffice run for all of them):
// the same number of pages and the same first characters on each page, for the fixtures, notices with 附件
// pages and tables, a notice without cover text and generated notices of 1 to 40 pages. The PDF drawn from
// the page model has the same pages too. And ../shared/tools/gbt9704-measure passes every item on the notice
// with every element, with and without seal (it does not know 附件 pages: it reads “附件1” as body text).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../shared/export';
import { toJson } from '../../shared/model/interchange';
import { layoutPages, type PageModel } from '../../shared/page';
import { exportPdfWithReport } from '../../electron/services/pdf/export-pdf';
import { sharedRoot, tempDir } from '../helpers/paths';
import { PAGE_NUMBER, pageLines, renderPdfs } from '../export/render';
import { everyElement } from '../export/fixtures';
import { pageFixtures } from './documents';

interface Case {
  name: string;
  model: PageModel;
  lo: string[][];
  pdf: string[][];
}

const cases: Case[] = [];
let dir = '';

/** The first characters of a page's text (page numbers dropped, white space removed). */
const head = (lines: string[], n = 8) =>
  lines
    .filter((l) => !PAGE_NUMBER.test(l))
    .join('')
    .replace(/\s+/g, '')
    .slice(0, n);
const modelHead = (m: PageModel, page: number, n = 8) =>
  [...m.pages[page].lines]
    .sort((a, b) => a.y - b.y)
    .map((l) => l.spans.map((s) => s.text).join(''))
    .join('')
    .replace(/\s+/g, '')
    .slice(0, n);

beforeAll(async () => {
  dir = tempDir('yaodian-page-render-');
  const docs: Array<{ name: string; model: PageModel; docx: string; pdf: string }> = [];
  for (const f of pageFixtures()) {
    const docx = join(dir, `${f.name}.docx`);
    writeFileSync(docx, await exportDocx(f.doc, f.options));
    const pdf = join(dir, `${f.name}.model.pdf`);
    writeFileSync(pdf, (await exportPdfWithReport(f.doc, f.options)).bytes);
    docs.push({ name: f.name, model: layoutPages(f.doc, f.options), docx, pdf });
  }
  const rendered = renderPdfs(
    docs.map((d) => d.docx),
    dir,
  );
  for (const d of docs)
    cases.push({ name: d.name, model: d.model, lo: pageLines(rendered.get(d.docx)!), pdf: pageLines(d.pdf) });
}, 600_000);

describe('the page model and LibreOffice', () => {
  it('covers documents of 1 to 40 pages', () => {
    const counts = cases.map((c) => c.model.pageCount);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(30);
    expect(Math.max(...counts)).toBeLessThanOrEqual(45);
  });

  it('has the pages LibreOffice renders, each starting with the same characters', () => {
    const wrong: string[] = [];
    for (const c of cases) {
      if (c.lo.length !== c.model.pageCount) {
        wrong.push(`${c.name}: ${c.model.pageCount} pages in the model, ${c.lo.length} in LibreOffice`);
        continue;
      }
      c.lo.forEach((page, i) => {
        if (head(page) !== modelHead(c.model, i))
          wrong.push(`${c.name} p${i + 1}: «${modelHead(c.model, i)}» vs «${head(page)}»`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('draws a PDF with the same pages (count and first characters)', () => {
    const wrong: string[] = [];
    for (const c of cases) {
      if (c.pdf.length !== c.model.pageCount)
        wrong.push(`${c.name}: PDF ${c.pdf.length} pages, model ${c.model.pageCount}`);
      else
        c.pdf.forEach((page, i) => {
          if (head(page, 12) !== modelHead(c.model, i, 12)) wrong.push(`${c.name} p${i + 1}: «${head(page, 12)}»`);
        });
    }
    expect(wrong).toEqual([]);
  });
});

describe('gbt9704-measure', () => {
  const tool = join(sharedRoot, 'tools', 'gbt9704-measure');
  const measure = (name: string, seal: boolean) => {
    const doc = everyElement();
    const docx = join(dir, `measure-${name}.docx`);
    const json = join(dir, `measure-${name}.json`);
    writeFileSync(json, JSON.stringify(toJson(doc)));
    return exportDocx(doc, { withSeal: seal }).then((bytes) => {
      writeFileSync(docx, bytes);
      const r = spawnSync(tool, [docx, '--expect-json', json, '-q', ...(seal ? ['--seal'] : [])], {
        encoding: 'utf8',
        timeout: 240_000,
      });
      return { status: r.status, out: r.stdout + r.stderr };
    });
  };

  it('passes every item on a notice with every element, without seal', async () => {
    const r = await measure('plain', false);
    expect(r.out).toMatch(/layout: (\d+)\/\1 items pass/);
    expect(r.status).toBe(0);
  }, 300_000);

  it('passes every item with a seal', async () => {
    const r = await measure('seal', true);
    expect(r.out).toMatch(/layout: (\d+)\/\1 items pass/);
    expect(r.status).toBe(0);
  }, 300_000);
});
