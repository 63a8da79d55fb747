// How text sets on the grid: each character's advance and where lines break, the way Word (and
// LibreOffice, which adds a small gap between Chinese and Latin letters) lay out a paragraph. Used
// to paginate in-process (where the 版记 goes, whether a blank page is needed) and to place the
// 署名/日期 by measured widths.
import {
  HANGING, NO_LINE_END, NO_LINE_START, NO_LINE_START_WORD, classOf, isAsciiLetterOrDigit, isCjkLetter,
  latinAdvance, punctScale, type CharClass,
} from './chars';

export type Engine = 'word' | 'libreoffice';

export interface Glyph {
  ch: string;
  cls: CharClass;
  /** advance in twips, character spacing included */
  adv: number;
  /** ASCII punctuation set to half a cell: the run's horizontal scale, percent */
  scale?: number;
}

export interface RunMetrics {
  /** font size in twips (16 pt = 320) */
  size: number;
  /** character spacing of the style, twips (−5 on the body grid) */
  spacing: number;
  /** the grid cell for this size: size + spacing */
  cell: number;
}

/** Splits text into glyphs with advances; ASCII punctuation outside Latin words is widened to half a cell. */
export function glyphsOf(text: string, m: RunMetrics): Glyph[] {
  const chars = [...text];
  const out: Glyph[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const code = ch.codePointAt(0)!;
    const cls = classOf(code);
    if (cls === 'cjk' || cls === 'symbol') {
      out.push({ ch, cls, adv: m.size + m.spacing });
    } else if (cls === 'punct') {
      const prev = i > 0 ? chars[i - 1].codePointAt(0)! : -1;
      const next = i + 1 < chars.length ? chars[i + 1].codePointAt(0)! : -1;
      const inWord = isAsciiLetterOrDigit(prev) && isAsciiLetterOrDigit(next);
      const natural = latinAdvance(code, m.size);
      if (inWord || natural + m.spacing >= m.cell / 2) out.push({ ch, cls, adv: natural + m.spacing });
      else {
        const scale = punctScale(code, m.size, m.spacing, m.cell);
        out.push({ ch, cls, adv: (natural * scale) / 100 + m.spacing, scale });
      }
    } else {
      out.push({ ch, cls, adv: latinAdvance(code, m.size) + m.spacing });
    }
  }
  return out;
}

const isLatinWord = (g: Glyph | undefined) => !!g && (g.cls === 'latin' || (g.cls === 'punct' && g.scale === undefined));

function letterNum(g: Glyph): boolean {
  const code = g.ch.codePointAt(0)!;
  return g.cls === 'latin' ? /[\p{L}\p{N}]/u.test(g.ch) : g.cls === 'cjk' && isCjkLetter(code);
}

function script(g: Glyph): 'asian' | 'latin' {
  return g.cls === 'cjk' || g.cls === 'symbol' ? 'asian' : 'latin';
}

/** May a line break fall between a and b? */
function canBreak(a: Glyph, b: Glyph, engine: Engine): boolean {
  if (b.cls === 'space') return false;
  if (HANGING.has(b.ch) || NO_LINE_START.has(b.ch)) return false;
  if (engine === 'word' && NO_LINE_START_WORD.has(b.ch)) return false;
  if (NO_LINE_END.has(a.ch)) return false;
  if (isLatinWord(a) && isLatinWord(b)) return false;
  if (a.ch === '—' && b.ch === '—') return false;
  return true;
}

export interface LineBreakOptions {
  /** available width of the first line and of the following lines, twips */
  firstWidth: number;
  width: number;
  engine: Engine;
  /** font size for LibreOffice's Asian/Latin gap (size / 5) */
  size: number;
}

/** Breaks glyphs into lines; returns the index where each line starts. */
export function breakLines(glyphs: readonly Glyph[], o: LineBreakOptions): number[] {
  const starts: number[] = [0];
  if (glyphs.length === 0) return starts;
  const kern = o.engine === 'libreoffice' ? Math.floor(o.size / 5) : 0;
  let start = 0;
  let x = 0;
  let avail = o.firstWidth;
  let i = 0;
  while (i < glyphs.length) {
    const g = glyphs[i];
    let gap = 0;
    if (kern && i > start) {
      const p = glyphs[i - 1];
      if (script(p) !== script(g) && letterNum(p) && letterNum(g)) gap = kern;
    }
    if (x + gap + g.adv <= avail + 0.5 || i === start) {
      x += gap + g.adv;
      i++;
      continue;
    }
    if (g.cls === 'space') {
      // trailing spaces hang at the line end
      i++;
      while (i < glyphs.length && glyphs[i].cls === 'space') i++;
      if (i < glyphs.length) ({ start, x, avail } = newLine(starts, i, o.width));
      continue;
    }
    const next = glyphs[i + 1];
    const nextMayStart = !next || !(HANGING.has(next.ch) || NO_LINE_START.has(next.ch));
    if (HANGING.has(g.ch) && i > start && !HANGING.has(glyphs[i - 1].ch) && nextMayStart) {
      // hanging punctuation: stays on this line past the margin
      i++;
      if (i < glyphs.length) ({ start, x, avail } = newLine(starts, i, o.width));
      continue;
    }
    let k = i;
    while (k > start && !canBreak(glyphs[k - 1], glyphs[k], o.engine)) k--;
    if (k === start) k = i; // nothing breakable on the line: break where it overflows
    ({ start, x, avail } = newLine(starts, k, o.width));
    i = k;
  }
  return starts;
}

function newLine(starts: number[], at: number, width: number) {
  starts.push(at);
  return { start: at, x: 0, avail: width };
}

/** Total advance of glyphs in twips (no LibreOffice gaps). */
export function widthOf(glyphs: readonly Glyph[]): number {
  return glyphs.reduce((s, g) => s + g.adv, 0);
}

/** The lines as text, for tests that compare with a rendering. */
export function lineTexts(glyphs: readonly Glyph[], starts: readonly number[]): string[] {
  return starts.map((s, n) => glyphs.slice(s, starts[n + 1] ?? glyphs.length).map((g) => g.ch).join(''));
}
