// The body as a list of blocks that know their height, so the export can paginate in-process.
import type { Engine } from './measure';

/** A piece of one line in one font, as the page model draws it (PDF, preview). */
export interface Span {
  text: string;
  /** twips from the 版心's left edge to the first character */
  x: number;
  /** the font name as the profile gives it (仿宋_GB2312, 黑体…) */
  font: string;
  /** font size, twips */
  size: number;
  /** Latin letters, digits and ASCII punctuation (drawn in the Latin font) */
  latin: boolean;
  /** added to each character's natural advance, twips (the grid's condensing) */
  spacing: number;
  color?: string;
  /** horizontal scale, percent */
  scale?: number;
}

export interface DrawnLine {
  spans: Span[];
}

/** A horizontal rule, twips: y from the block's top, x from the 版心's left edge. */
export interface DrawnRule {
  y: number;
  x: number;
  width: number;
  /** thickness, twips */
  weight: number;
  color: string;
  /** a vertical rule (table columns): its height, twips; width is then 0 */
  height?: number;
}

export interface Drawn {
  lines: DrawnLine[];
  rules?: DrawnRule[];
}

export interface Block {
  xml: string;
  /** grid: each line snaps to the document grid; exact: fixed line height, off the grid */
  kind: 'grid' | 'exact';
  /** line count per engine (grid lines, or exact lines) */
  lines: Record<Engine, number>;
  /** exact blocks: the line height, twips */
  lineHeight?: number;
  /** exact blocks: spacing before, twips */
  before?: number;
  /** exact blocks: extra height after the lines (a paragraph border), twips */
  after?: number;
  pageBreakBefore?: boolean;
  /** what it is, for the layout report */
  role: string;
  /** the text of each line as LibreOffice would set it (only when asked for, to check the model) */
  lineTexts?: string[];
  /** keep on the page of the next block (署名 with its date) */
  keepNext?: boolean;
  /** what the page model draws: worked out only when asked for (the Word export does not need it) */
  draw?: () => Drawn;
  /** the section the block belongs to (preview navigation) */
  sectionId?: string;
  /** never split across pages (table rows) */
  keepTogether?: boolean;
  /** table rows: the header rows repeated at the top of a continuation page */
  repeatHeader?: Block[];
}

export function gridBlock(
  role: string,
  xml: string,
  lines: Record<Engine, number> | number,
  pageBreakBefore = false,
): Block {
  const l = typeof lines === 'number' ? { word: lines, libreoffice: lines } : lines;
  return { role, xml, kind: 'grid', lines: l, pageBreakBefore };
}

export function exactBlock(
  role: string,
  xml: string,
  lines: number,
  lineHeight: number,
  before = 0,
  after = 0,
  pageBreakBefore = false,
): Block {
  return {
    role,
    xml,
    kind: 'exact',
    lines: { word: lines, libreoffice: lines },
    lineHeight,
    before,
    after,
    pageBreakBefore,
  };
}

export interface Position {
  /** 1-based page */
  page: number;
  /** twips from the 版心 top, after the block */
  y: number;
}

export interface PlacedBlock {
  role: string;
  /** page of the block's first line */
  page: number;
  /** page of its last line */
  lastPage: number;
}

/** Where one line of a block went: its page, its top (twips below the 版心 top) and height. */
export type LineSink = (block: number, line: number, page: number, y: number, height: number) => void;

/** Places blocks the way Word and LibreOffice do with widow control off; returns where the flow ends. */
export function paginate(
  blocks: readonly Block[],
  pitch: number,
  textHeight: number,
  engine: Engine,
  placed?: PlacedBlock[],
  onLine?: LineSink,
): Position {
  let page = 1;
  let y = 0;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.keepNext && y > 0 && !fitsWithNext(blocks, k, y, pitch, textHeight, engine)) {
      // keep with next: the chain moves to the next page when it would be split
      page++;
      y = 0;
    }
    if (b.pageBreakBefore && (y > 0 || page > 1)) {
      if (y > 0) {
        page++;
        y = 0;
      }
    }
    let first = -1;
    const n = b.lines[engine];
    if (b.keepTogether && y > 0 && y + (b.before ?? 0) + n * (b.lineHeight ?? pitch) > textHeight + 1) {
      page++;
      y = 0;
      // a table continued on a new page repeats its header rows
      if (b.repeatHeader) {
        for (const hb of b.repeatHeader) {
          const h = blocks.indexOf(hb, Math.max(0, k - 10_000));
          const lh = hb.lineHeight ?? pitch;
          for (let i = 0; i < hb.lines[engine]; i++) {
            onLine?.(h, i, page, y, lh);
            y += lh;
          }
        }
      }
    }
    if (b.kind === 'grid') {
      // grid lines follow on from where the block above ended (LibreOffice and Word do not snap them back
      // onto the page's grid after the exact lines of the 版头 and titles)
      for (let i = 0; i < n; i++) {
        if (y + pitch > textHeight) {
          page++;
          y = 0;
        }
        if (first < 0) first = page;
        onLine?.(k, i, page, y, pitch);
        y += pitch;
      }
    } else {
      const lh = b.lineHeight ?? pitch;
      y += b.before ?? 0;
      for (let i = 0; i < n; i++) {
        if (y + lh > textHeight + 1) {
          page++;
          y = 0;
        }
        if (first < 0) first = page;
        onLine?.(k, i, page, y, lh);
        y += lh;
      }
      y += b.after ?? 0;
    }
    placed?.push({ role: b.role, page: first < 0 ? page : first, lastPage: page });
  }
  return { page, y };
}

/** Does block k, with the blocks it keeps with, fit below y on this page? (single-line chains: 署名, 日期) */
function fitsWithNext(
  blocks: readonly Block[],
  k: number,
  y: number,
  pitch: number,
  textHeight: number,
  engine: Engine,
): boolean {
  let h = y;
  for (let j = k; j < blocks.length; j++) {
    const b = blocks[j];
    const n = b.lines[engine];
    const lh = b.kind === 'grid' ? pitch : (b.lineHeight ?? pitch);
    // the last block of the chain needs only its first line on this page
    h += (b.before ?? 0) + (b.keepNext ? n : Math.min(n, 1)) * lh;
    if (!b.keepNext) break;
  }
  return h <= textHeight + 1;
}
