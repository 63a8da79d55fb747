// What the page model draws for a paragraph: each line as spans of one font. Lines break where LibreOffice
// breaks them (the rendering the tests compare pages with); characters sit where Word puts them — on the grid,
// without LibreOffice's 1/5 em gaps around digits, which Word does not make and which a PDF's text extraction
// would read as spaces (2024 年).
import type { DrawnLine, Span } from './blocks';
import { breakLines, glyphsOf, placeGlyphs, type Glyph, type RunMetrics } from './measure';

export type Align = 'left' | 'center' | 'right';

export interface DrawOptions {
  /** 版心 width, twips */
  width: number;
  left: number;
  right: number;
  /** first-line indent (negative: hanging) */
  first: number;
  align: Align;
  color?: string;
  scale?: number;
}

/** The lines of a paragraph whose glyphs are already broken (starts), with each glyph's font. */
export function drawLines(
  glyphs: readonly Glyph[],
  fontAt: readonly string[],
  starts: readonly number[],
  m: RunMetrics,
  o: DrawOptions,
): DrawnLine[] {
  if (!glyphs.length) return [{ spans: [] }];
  const avail = o.width - o.left - o.right;
  const place = { firstWidth: avail - o.first, width: avail, engine: 'word' as const, size: m.size };
  const { x, widths } = placeGlyphs(glyphs, starts, place);
  const scale = (o.scale ?? 100) / 100;
  return starts.map((start, n) => {
    const end = starts[n + 1] ?? glyphs.length;
    const lineLeft = o.left + (n === 0 ? o.first : 0);
    const room = avail - (n === 0 ? o.first : 0);
    const w = widths[n] * scale;
    const base =
      o.align === 'center' ? lineLeft + (room - w) / 2 : o.align === 'right' ? lineLeft + room - w : lineLeft;
    const spans: Span[] = [];
    let cur: Span | null = null;
    let prevX = -1;
    for (let i = start; i < end; i++) {
      const g = glyphs[i];
      if (g.cls === 'space') {
        cur = null;
        continue;
      }
      const latin = g.cls === 'latin' || g.cls === 'punct';
      const at = base + x[i] * scale;
      // a new span where the font, the script or the spacing changes (LibreOffice's gaps, half-cell punctuation)
      const natural = g.adv - g.sp;
      const contiguous =
        cur && cur.font === fontAt[i] && cur.latin === latin && g.scale === undefined && Math.abs(at - prevX) < 1;
      if (!contiguous) {
        const scale = g.scale ?? o.scale;
        cur = { text: '', x: at, font: fontAt[i], size: m.size, latin, spacing: g.sp, color: o.color, scale };
        spans.push(cur);
      }
      cur!.text += g.ch;
      prevX = at + (natural + g.sp) * scale;
      if (g.scale !== undefined) cur = null;
    }
    return { spans };
  });
}

/** One line of text in one font, aligned in the 版心 (or from a left indent). */
export function drawLine(text: string, font: string, m: RunMetrics, o: DrawOptions): DrawnLine {
  const glyphs = glyphsOf(text, m);
  return drawLines(
    glyphs,
    glyphs.map(() => font),
    [0],
    m,
    o,
  )[0];
}

/** A paragraph broken as LibreOffice breaks it, then drawn. */
export function drawParagraph(
  glyphs: readonly Glyph[],
  fontAt: readonly string[],
  m: RunMetrics,
  o: DrawOptions,
): DrawnLine[] {
  const avail = o.width - o.left - o.right;
  const starts = breakLines(glyphs, { firstWidth: avail - o.first, width: avail, engine: 'libreoffice', size: m.size });
  return drawLines(glyphs, fontAt, starts, m, o);
}
