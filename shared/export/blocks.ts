// The body as a list of blocks that know their height, so the export can paginate in-process.
import type { Engine } from './measure';

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
}

export function gridBlock(role: string, xml: string, lines: Record<Engine, number> | number, pageBreakBefore = false): Block {
  const l = typeof lines === 'number' ? { word: lines, libreoffice: lines } : lines;
  return { role, xml, kind: 'grid', lines: l, pageBreakBefore };
}

export function exactBlock(role: string, xml: string, lines: number, lineHeight: number, before = 0, after = 0, pageBreakBefore = false): Block {
  return { role, xml, kind: 'exact', lines: { word: lines, libreoffice: lines }, lineHeight, before, after, pageBreakBefore };
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

/** Places blocks the way Word and LibreOffice do with widow control off; returns where the flow ends. */
export function paginate(blocks: readonly Block[], pitch: number, textHeight: number, engine: Engine, placed?: PlacedBlock[]): Position {
  let page = 1;
  let y = 0;
  for (const b of blocks) {
    if (b.pageBreakBefore && (y > 0 || page > 1)) {
      if (y > 0) {
        page++;
        y = 0;
      }
    }
    let first = -1;
    const n = b.lines[engine];
    if (b.kind === 'grid') {
      y = Math.ceil(y / pitch - 1e-9) * pitch;
      for (let i = 0; i < n; i++) {
        if (y + pitch > textHeight) {
          page++;
          y = 0;
        }
        if (first < 0) first = page;
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
        y += lh;
      }
      y += b.after ?? 0;
    }
    placed?.push({ role: b.role, page: first < 0 ? page : first, lastPage: page });
  }
  return { page, y };
}
