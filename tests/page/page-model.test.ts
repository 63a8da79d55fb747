// The page model (shared/page) on real and built notices: it is the Word export's layout (same page count and
// 版记 decision), keeps to the 版心 and the 22-line grid, keeps the 署名 with body text, puts 正文 on page 1
// without cover text, prints 附注 in （）, sets 附件 pages (label, title, tables with repeated header rows), and
// follows a local profile.
import { describe, expect, it } from 'vitest';
import { exportDocxWithReport } from '../../shared/export';
import { noteText } from '../../shared/export/compose';
import { layoutPages, pageCountOf, type ModelPage, type PageModel } from '../../shared/page';
import { allFixtures, everyElement } from '../export/fixtures';
import { appendixNotice, noCoverNotice } from './documents';

const text = (l: ModelPage['lines'][number]) => l.spans.map((s) => s.text).join('');
const inOrder = (p: ModelPage) => [...p.lines].sort((a, b) => a.y - b.y || a.spans[0]?.x - b.spans[0]?.x);
const texts = (p: ModelPage) => inOrder(p).map(text).filter(Boolean);

describe('the page model is the Word export’s layout', () => {
  it.each(allFixtures().map((f) => [f.name, f] as const))(
    '%s: the export’s page count and 版记 page',
    async (_name, f) => {
      const model = layoutPages(f.doc, f.options);
      const { layout } = await exportDocxWithReport(f.doc, f.options);
      expect(model.pageCount).toBe(layout.pages);
      // the status bar's count, worked out without drawing
      expect(pageCountOf(f.doc, f.options)).toBe(model.pageCount);
      expect(model.colophon).toBe(layout.colophon);
      if (model.colophon !== 'none') {
        expect(model.pageCount % 2).toBe(0);
        expect(model.pages[model.pageCount - 1].lines.some((l) => l.role === 'colophon')).toBe(true);
      }
    },
  );

  it('keeps every line inside the 版心 and no page over 22 grid lines', () => {
    for (const f of allFixtures()) {
      const m = layoutPages(f.doc, f.options);
      const g = m.geometry;
      for (const p of m.pages) {
        const body = p.lines.filter((l) => l.height === g.linePitch && l.role !== 'colophon');
        expect(body.length).toBeLessThanOrEqual(22);
        for (const l of p.lines) {
          expect(l.y).toBeGreaterThanOrEqual(0);
          expect(l.y + l.height).toBeLessThanOrEqual(g.textHeight + 1);
          for (const s of l.spans) {
            expect(s.x).toBeGreaterThanOrEqual(-1);
            // a full line of 28 cells: the last character ends by the right edge (a hanging mark may reach past it)
            expect(s.x).toBeLessThan(g.textWidth);
          }
        }
      }
    }
  });

  it('numbers pages — N —, odd right and even left', () => {
    const m = layoutPages(everyElement());
    const [p1, p2] = m.pages;
    expect(p1.folio!.text).toBe('— 1 —');
    expect(p1.folio!.x).toBeGreaterThan(m.geometry.textWidth / 2);
    expect(p2.folio!.x).toBeLessThan(m.geometry.textWidth / 2);
  });

  it('maps each section to the page of its heading', () => {
    const m = layoutPages(allFixtures()[0].doc);
    expect(m.sectionPages.size).toBeGreaterThan(10);
    for (const [id, page] of m.sectionPages) {
      expect(m.pages[page].lines.some((l) => l.sectionId === id && l.first && /^h\d$/.test(l.role))).toBe(true);
    }
  });
});

describe('geometry rules', () => {
  it('puts 正文 on page 1 of a notice without cover text (§7.3.3)', () => {
    const doc = noCoverNotice();
    const m = layoutPages(doc);
    const page1 = texts(m.pages[0]).join('');
    expect(page1).toContain(doc.meta.title!);
    expect(page1).toContain(doc.preamble[0].slice(0, 20));
    // the 署名 follows the 要点, the 版记 last
    const all = m.pages.map((p) => texts(p).join('')).join('');
    expect(all.indexOf('某某市民政局2025年2月10日')).toBeGreaterThan(all.indexOf('按时足额发放'));
  });

  it('prints 附注 in full-width parentheses', () => {
    expect(noteText('(此件公开发布)')).toBe('（此件公开发布）');
    expect(noteText('此件公开发布')).toBe('（此件公开发布）');
    expect(noteText('（此件主动公开）')).toBe('（此件主动公开）');
    const doc = everyElement();
    const m = layoutPages({ ...doc, meta: { ...doc.meta, note: '(此件公开发布)' } });
    expect(
      m.pages
        .flatMap((p) => p.lines)
        .filter((l) => l.role === 'note')
        .map(text),
    ).toEqual(['（此件公开发布）']);
  });

  it('never leaves the 署名 alone at the top of a page (§7.3.5.5)', () => {
    const doc = everyElement();
    let tried = 0;
    for (let n = 1; n <= 24; n++) {
      const padded = {
        ...doc,
        meta: {
          ...doc.meta,
          coverParagraphs: Array.from(
            { length: n },
            () => '现将《2025年全市民政工作要点》印发给你们，请认真贯彻落实。',
          ),
        },
      };
      for (const withSeal of [false, true]) {
        const m = layoutPages(padded, { withSeal });
        const page = m.pages.find((p) => p.lines.some((l) => l.role === 'signature'))!;
        const before = inOrder(page).filter((l) => l.y < page.lines.find((x) => x.role === 'signature')!.y && text(l));
        expect(before.length, `${n} paragraphs${withSeal ? ', seal' : ''}`).toBeGreaterThan(0);
        // and the date on the 署名's page
        expect(page.lines.some((l) => l.role === 'date')).toBe(true);
        tried++;
      }
    }
    expect(tried).toBe(48);
  });
});

describe('附件 pages', () => {
  const model: PageModel = layoutPages(appendixNotice());
  const starts = model.pages.filter((p) => texts(p)[0]?.startsWith('附件'));

  it('starts each attachment on a new page: 附件N in 黑体 top left, its title centred on the third line', () => {
    expect(starts.map((p) => texts(p)[0])).toEqual(['附件1', '附件2']);
    for (const p of starts) {
      const [label, , title] = inOrder(p);
      expect(label.y).toBe(0);
      expect(label.spans[0].x).toBe(0);
      expect(label.spans[0].font).toBe('黑体');
      expect(title.role).toBe('appendixTitle');
      expect(title.y).toBe(2 * model.geometry.linePitch);
      const width = title.spans.reduce((w, s) => Math.max(w, s.x + [...s.text].length * s.size), 0) - title.spans[0].x;
      expect(Math.abs(title.spans[0].x + width / 2 - model.geometry.textWidth / 2)).toBeLessThan(model.geometry.cell);
    }
  });

  it('breaks the table between rows and repeats its header row on each continued page', () => {
    const first = starts[0].index;
    const continued = model.pages.slice(first + 1, starts[1].index);
    expect(continued.length).toBeGreaterThan(2);
    for (const p of continued) expect(texts(p)[0].replace(/\s/g, '')).toBe('序号重点任务牵头单位完成时限');
    // every row number 1…30 printed once
    const numbers = model.pages
      .slice(first, starts[1].index)
      .flatMap((p) => p.lines)
      .filter((l) => l.role === 'tableRow' && l.first)
      .map((l) => l.spans[0].text);
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
  });

  it('ends with the 版记 on an even page after the attachments', () => {
    const last = model.pages[model.pageCount - 1];
    expect(model.pageCount % 2).toBe(0);
    expect(last.lines.some((l) => l.role === 'colophon')).toBe(true);
    expect(last.index).toBeGreaterThan(starts[1].index);
  });
});

describe('a local profile', () => {
  it('changes the page model and the Word export alike', async () => {
    const doc = allFixtures()[0].doc;
    const profile = { id: 'tight', grid: { linesPerPage: 18, charsPerLine: 28 } };
    const base = layoutPages(doc);
    const local = layoutPages(doc, { profile });
    expect(local.pageCount).toBeGreaterThan(base.pageCount);
    expect(local.pageCount).toBe((await exportDocxWithReport(doc, { profile })).layout.pages);
    for (const p of local.pages)
      expect(
        p.lines.filter((l) => l.height === local.geometry.linePitch && l.role !== 'colophon').length,
      ).toBeLessThanOrEqual(18);
  });
});
