// The page model: a notice laid out into pages — every line with its place and fonts, the 版头's red mark and
// rule, the 版记 on the last (even) page, page numbers — from the document and the layout profile. It is the
// Word export's own layout (shared/export: the same blocks, line breaks and page decisions), so the preview,
// the status bar's page count, the PDF and the .docx agree. Lines are broken as LibreOffice breaks them (the
// rendering the tests compare with); all lengths are twips (1/20 pt) from the 版心's top-left corner.
import type { Drawn, DrawnRule, Span } from '../export/blocks';
import { paginate } from '../export/blocks';
import { contextOf, type Context } from '../export/context';
import type { Geometry } from '../export/geometry';
import { planDocument, type ColophonPlace } from '../export/plan';
import { resolveProfile, type LayoutProfile } from '../export/profile';
import type { YaodianDocument } from '../model/types';

export type { Span } from '../export/blocks';

interface PageLine {
  /** top of the line box, and its height */
  y: number;
  height: number;
  /** the baseline, from the page's 版心 top */
  baseline: number;
  spans: Span[];
  /** what the line belongs to: issuerMark, docNumber, noticeTitle, recipients, cover, h1…h4, body, signature… */
  role: string;
  sectionId?: string;
  /** the first line of its paragraph */
  first: boolean;
}

type PageRule = DrawnRule;

export interface ModelPage {
  index: number;
  /** the printed page number, or null (the blank page before the 版记 and the 版记 page after it) */
  number: number | null;
  lines: PageLine[];
  rules: PageRule[];
  /** the page number as printed, where it goes (baseline) */
  folio: { text: string; x: number; baseline: number; size: number; font: string } | null;
}

export interface PageModel {
  profile: LayoutProfile;
  geometry: Geometry;
  pages: ModelPage[];
  pageCount: number;
  colophon: ColophonPlace;
  /** section id → index of the page its heading starts on */
  sectionPages: Map<string, number>;
  /** what the document lacks (文号, 标题), as the Word export words it */
  warnings: string[];
}

export interface PageOptions {
  /** a built-in profile id or a profile object (as the export takes it) */
  profile?: string | LayoutProfile | Record<string, unknown>;
  withSeal?: boolean;
}

/** Where the baseline sits in a line box: LibreOffice and Word put it at 80 % of an exact line. */
const BASELINE = 0.8;

export function layoutPages(doc: YaodianDocument, options: PageOptions = {}): PageModel {
  const profile = resolveProfile(options.profile);
  const ctx = contextOf(profile);
  return layoutWith(doc, ctx, !!options.withSeal);
}

/**
 * The number of pages alone (the status bar's figure): the same plan as layoutPages, without drawing a line —
 * a third of its cost at 5,000 sections.
 */
export function pageCountOf(doc: YaodianDocument, options: PageOptions = {}): number {
  const plan = planDocument(doc, contextOf(resolveProfile(options.profile)), { withSeal: !!options.withSeal });
  return colophonPage(Math.max(1, plan.ends.libreoffice.page), plan.place);
}

/** The page the 版记 goes on (the last page): after the body's last page, on the next, or after a blank one. */
function colophonPage(bodyPages: number, place: ColophonPlace): number {
  if (place === 'next-page') return bodyPages + 1;
  if (place === 'after-blank') return bodyPages + 2;
  return bodyPages;
}

function layoutWith(doc: YaodianDocument, ctx: Context, withSeal: boolean): PageModel {
  const { g, profile } = ctx;
  const plan = planDocument(doc, ctx, { withSeal });
  const { blocks } = plan;
  const pages: ModelPage[] = [];
  const sectionPages = new Map<string, number>();
  const pageAt = (n: number): ModelPage => {
    while (pages.length < n) {
      pages.push({ index: pages.length, number: pages.length + 1, lines: [], rules: [], folio: null });
    }
    return pages[n - 1];
  };
  const drawn = new Map<number, Drawn>();
  const drawOf = (k: number): Drawn => {
    let d = drawn.get(k);
    if (!d) {
      d = blocks[k].draw?.() ?? { lines: [] };
      drawn.set(k, d);
    }
    return d;
  };
  paginate(blocks, g.linePitch, g.textHeight, 'libreoffice', undefined, (k, i, pageNo, y, height) => {
    const page = pageAt(pageNo);
    const b = blocks[k];
    const d = drawOf(k);
    const line = d.lines[i] ?? { spans: [] };
    if (b.sectionId && i === 0 && !sectionPages.has(b.sectionId)) sectionPages.set(b.sectionId, pageNo - 1);
    page.lines.push({
      y,
      height,
      baseline: y + Math.round(BASELINE * height),
      spans: line.spans,
      role: b.role,
      sectionId: b.sectionId,
      first: i === 0,
    });
    if (i === 0) for (const r of d.rules ?? []) page.rules.push({ ...r, y: y + r.y });
  });
  const bodyPages = Math.max(1, plan.ends.libreoffice.page);
  pageAt(bodyPages);
  if (plan.colophon && plan.place !== 'none') {
    const target = colophonPage(bodyPages, plan.place);
    const last = pageAt(target);
    if (plan.place === 'after-blank') {
      pages[target - 2].number = null;
      last.number = null;
    }
    const c = plan.colophon.draw();
    const top = g.textHeight - plan.colophon.lines * g.linePitch;
    c.lines.forEach((l, i) => {
      const y = top + i * g.linePitch;
      const baseline = y + Math.round(BASELINE * g.linePitch);
      last.lines.push({ y, height: g.linePitch, baseline, spans: l.spans, role: 'colophon', first: i === 0 });
    });
    for (const r of c.rules ?? []) last.rules.push({ ...r, y: top + r.y });
  }
  for (const p of pages) p.folio = p.number === null ? null : folioOf(ctx, p.number);
  return {
    profile,
    geometry: g,
    pages,
    pageCount: pages.length,
    colophon: plan.place,
    sectionPages,
    warnings: plan.composed.warnings,
  };
}

/** The page number: 4号宋体 “— N —”, its line's middle 7 mm below the 版心, odd pages right, even left. */
function folioOf(ctx: Context, n: number): ModelPage['folio'] {
  const { g, profile } = ctx;
  const pn = profile.pageNumber;
  const size = Math.round(profile.sizes.pageNumber * 20);
  const text = pn.format.replace('{n}', String(n));
  // the dashes and spaces half or whole em; digits half an em (宋体's Latin digits)
  let width = 0;
  for (const ch of text) width += /[\x20-\x7e]/.test(ch) ? size / 2 : size;
  const side = pn.sideChars * size;
  const x = pn.position === 'center' ? (g.textWidth - width) / 2 : n % 2 === 1 ? g.textWidth - side - width : side;
  // the em box's middle 7 mm below the 版心: the baseline 0.38 em below that middle (em box 0.88 up, 0.12 down)
  const middle = g.textHeight + Math.round((pn.belowTextMm * 1440) / 25.4);
  return { text, x, baseline: middle + Math.round(0.38 * size), size, font: profile.fonts.pageNumber };
}
