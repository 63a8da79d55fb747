// How text sets on the grid: each character's advance and where lines break, the way Word lays out
// a paragraph, and LibreOffice with its two differences (measured on its rendering):
// - it puts a gap of 1/5 of the font size between Chinese and Latin letters or digits (its "Asian/
//   non-Asian spacing", which a .docx cannot switch off), and
// - it applies character spacing between the characters of a run but not after a run's last one.
// Used to paginate in-process (where the 版记 goes, whether a blank page is needed) and to place the
// 署名/日期 by measured widths.
import {
  HANGING,
  NO_LINE_END,
  NO_LINE_START,
  NO_LINE_START_WORD,
  classOf,
  isAsciiLetterOrDigit,
  isCjkLetter,
  latinAdvance,
  punctScale,
  type CharClass,
} from './chars';

export type Engine = 'word' | 'libreoffice';

export interface Glyph {
  ch: string;
  cls: CharClass;
  /** advance in twips, character spacing included */
  adv: number;
  /** the character spacing included in adv */
  sp: number;
  /** ASCII punctuation set to half a cell: the run's horizontal scale, percent */
  scale?: number;
  /** identifies the run the glyph is written in (runs end where fonts or scaling change) */
  run: number;
  /** a letter or digit (LibreOffice puts its Asian/Latin gap only between these) */
  ln: boolean;
}

export interface RunMetrics {
  /** font size in twips (16 pt = 320) */
  size: number;
  /** character spacing of the style, twips (−5 on the body grid) */
  spacing: number;
  /** the grid cell for this size: size + spacing */
  cell: number;
}

let runCounter = 0;

/** Splits text into glyphs with advances; ASCII punctuation outside Latin words is widened to half a cell. */
export function glyphsOf(text: string, m: RunMetrics): Glyph[] {
  const out: Glyph[] = [];
  const plainRun = ++runCounter;
  const symbolRun = ++runCounter;
  const sp = m.spacing;
  const full = m.size + sp;
  let prev = -1;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const n = code > 0xffff ? 2 : 1;
    const ch = n === 1 ? text[i] : text.slice(i, i + 2);
    i += n;
    const cls = classOf(code);
    if (cls === 'cjk') {
      out.push({ ch, cls, adv: full, sp, run: plainRun, ln: isCjkLetter(code) });
    } else if (cls === 'symbol') {
      out.push({ ch, cls, adv: full, sp, run: symbolRun, ln: false });
    } else if (cls === 'punct') {
      const next = i < text.length ? text.codePointAt(i)! : -1;
      const inWord = isAsciiLetterOrDigit(prev) && isAsciiLetterOrDigit(next);
      const natural = latinAdvance(code, m.size);
      if (inWord || natural + sp >= m.cell / 2) out.push({ ch, cls, adv: natural + sp, sp, run: plainRun, ln: false });
      else {
        const scale = punctScale(code, m.size, sp, m.cell);
        out.push({ ch, cls, adv: Math.floor((natural * scale) / 100) + sp, sp, scale, run: ++runCounter, ln: false });
      }
    } else {
      const ln = cls === 'latin' && (isAsciiLetterOrDigit(code) || (code > 0x7f && /[\p{L}\p{N}]/u.test(ch)));
      out.push({ ch, cls, adv: latinAdvance(code, m.size) + sp, sp, run: plainRun, ln });
    }
    prev = code;
  }
  return out;
}

const isLatinWord = (g: Glyph | undefined, engine: Engine) =>
  !!g &&
  (g.cls === 'latin' ||
    (g.cls === 'punct' && g.scale === undefined) ||
    (engine === 'libreoffice' && g.cls === 'symbol' && g.ch.codePointAt(0)! < 0x2000));

/** LibreOffice's script of a character: Asian for CJK; quotes and dashes follow the character before. */
function isAsian(g: Glyph, prevAsian: boolean): boolean {
  if (g.cls === 'cjk') return true;
  if (g.cls === 'symbol') {
    const code = g.ch.codePointAt(0)!;
    return code >= 0x2000 ? prevAsian || code >= 0x2460 : false;
  }
  return false;
}

/** May a line break fall between a and b? */
function canBreak(a: Glyph, b: Glyph, engine: Engine): boolean {
  if (b.cls === 'space') return false;
  if (HANGING.has(b.ch) || NO_LINE_START.has(b.ch)) return false;
  if (engine === 'word' && NO_LINE_START_WORD.has(b.ch)) return false;
  if (NO_LINE_END.has(a.ch)) return false;
  if (isLatinWord(a, engine) && isLatinWord(b, engine)) return false;
  if (a.ch === '—' && b.ch === '—') return false;
  return true;
}

export interface LineBreakOptions {
  /** available width of the first line and of the following lines, twips */
  firstWidth: number;
  width: number;
  engine: Engine;
  /** font size, twips (LibreOffice's Asian/Latin gap is a fifth of it) */
  size: number;
}

/** The advance of each glyph as the engine sets it, and the gap before it (LibreOffice). */
function engineAdvances(
  glyphs: readonly Glyph[],
  o: LineBreakOptions,
): { adv: number[]; gap: number[]; last: number[] } {
  const n = glyphs.length;
  const adv = glyphs.map((g) => g.adv);
  const gap = new Array<number>(n).fill(0);
  if (o.engine !== 'libreoffice') return { adv, gap, last: adv };
  const last = new Array<number>(n);
  const kern = Math.floor(o.size / 5);
  let asian = true;
  const script: boolean[] = [];
  for (const g of glyphs) {
    asian = isAsian(g, asian);
    script.push(asian);
  }
  for (let i = 0; i < n; i++) {
    const g = glyphs[i];
    // Latin-1 symbols (·×÷°§), and quotes after a digit or letter, take LibreOffice's Western font: narrow
    const code = g.ch.codePointAt(0)!;
    if (g.cls === 'symbol' && code < 0x2000) adv[i] = 0.32 * o.size + g.sp;
    else if (g.cls === 'symbol' && !script[i] && code >= 0x2018 && code <= 0x201f) adv[i] = 0.52 * o.size + g.sp;
    const next = glyphs[i + 1];
    // a portion ends at a run or script change: no spacing after its last character
    if (!next || next.run !== g.run || script[i + 1] !== script[i]) adv[i] -= g.sp;
    // the last character on a line ends its portion there too
    last[i] = adv[i] === g.adv ? adv[i] - g.sp : adv[i];
    if (i > 0 && script[i] !== script[i - 1] && g.ln && glyphs[i - 1].ln) gap[i] = kern;
  }
  return { adv, gap, last };
}

/** Breaks glyphs into lines; returns the index where each line starts. */
export function breakLines(glyphs: readonly Glyph[], o: LineBreakOptions): number[] {
  const starts: number[] = [0];
  if (glyphs.length === 0) return starts;
  const { adv, gap, last } = engineAdvances(glyphs, o);
  // Word lets punctuation hang past the margin; LibreOffice would too with the same .docx, but its PDF
  // export then drops the hanging mark, so the export asks it not to (see styles: overflowPunct)
  const hang = o.engine === 'word';
  let start = 0;
  let x = 0;
  let avail = o.firstWidth;
  let i = 0;
  const newLine = (at: number) => {
    starts.push(at);
    start = at;
    x = 0;
    avail = o.width;
  };
  while (i < glyphs.length) {
    const g = glyphs[i];
    const before = i > start ? gap[i] : 0;
    if (x + before + last[i] <= avail + 0.5 || i === start) {
      x += before + adv[i];
      i++;
      continue;
    }
    if (g.cls === 'space') {
      // trailing spaces hang at the line end
      i++;
      while (i < glyphs.length && glyphs[i].cls === 'space') i++;
      if (i < glyphs.length) newLine(i);
      continue;
    }
    const next = glyphs[i + 1];
    const nextMayStart = !next || !(HANGING.has(next.ch) || NO_LINE_START.has(next.ch));
    if (hang && HANGING.has(g.ch) && i > start && !HANGING.has(glyphs[i - 1].ch) && nextMayStart) {
      // hanging punctuation: stays on this line past the margin
      i++;
      if (i < glyphs.length) newLine(i);
      continue;
    }
    let k = i;
    while (k > start && !canBreak(glyphs[k - 1], glyphs[k], o.engine)) k--;
    if (k === start) k = i; // nothing breakable on the line: break where it overflows
    newLine(k);
    i = k;
  }
  return starts;
}

/** Total advance of glyphs in twips, as Word sets them. */
export function widthOf(glyphs: readonly Glyph[]): number {
  return glyphs.reduce((s, g) => s + g.adv, 0);
}

/** The lines as text, for tests that compare with a rendering. */
export function lineTexts(glyphs: readonly Glyph[], starts: readonly number[]): string[] {
  return starts.map((s, n) =>
    glyphs
      .slice(s, starts[n + 1] ?? glyphs.length)
      .map((g) => g.ch)
      .join(''),
  );
}

/** Where each glyph sits (twips from its line's start) as the engine sets it, and each line's visible width. */
export function placeGlyphs(
  glyphs: readonly Glyph[],
  starts: readonly number[],
  o: LineBreakOptions,
): { x: number[]; widths: number[] } {
  const { adv, gap, last } = engineAdvances(glyphs, o);
  const x = new Array<number>(glyphs.length);
  const widths: number[] = [];
  for (let n = 0; n < starts.length; n++) {
    const end = starts[n + 1] ?? glyphs.length;
    let at = 0;
    let visible = 0;
    for (let i = starts[n]; i < end; i++) {
      if (i > starts[n]) at += gap[i];
      x[i] = at;
      // trailing spaces hang past the line end and do not count
      if (glyphs[i].cls !== 'space') visible = at + last[i];
      at += adv[i];
    }
    widths.push(visible);
  }
  return { x, widths };
}

/** The width of a one-line text as the engine sets it (LibreOffice adds its gaps around digits). */
export function lineWidth(glyphs: readonly Glyph[], engine: Engine, size: number): number {
  if (!glyphs.length) return 0;
  return placeGlyphs(glyphs, [0], { firstWidth: Infinity, width: Infinity, engine, size }).widths[0];
}
