// PDF text runs → the lines of the printed page, top to bottom and left to right; then the lines every page
// repeats at its top or bottom (running headers, "— 3 —", "第3页 共5页") are dropped. A paragraph's first
// line keeps its indentation as two full-width spaces, and each line says whether the page width broke it,
// so the text importer's PDF-copy path joins the lines exactly as it does for a copied PDF.
import type { SourceLine } from '../source-line';
import type { PdfPage, PdfTextItem } from './types';

interface Line {
  y: number;
  left: number;
  right: number;
  size: number;
  text: string;
}

/** Runs whose baselines lie within 40 % of the font size of each other are on one line. */
function groupLines(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const sorted = items.filter((i) => i.text !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  let baseline = Number.NaN;
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(item.y - baseline) <= Math.max(item.size, 1) * 0.4) line.push(item);
    else if (item.text.trim()) {
      lines.push([item]);
      baseline = item.y;
    }
  }
  return lines;
}

const CJK_CHAR = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef“”‘’]';
const CJK_LATIN = new RegExp(`${CJK_CHAR}[0-9A-Za-z%]|[0-9A-Za-z%]${CJK_CHAR}`);

/**
 * What a gap between two runs was. A character or more: spaces the author typed (full-width in Chinese text).
 * A space glyph (or the space PDF.js puts for a gap) is a typed space unless it is as narrow as the stretch of
 * a justified line (up to a sixth of an em; typed ones measure a fifth or more) or it is the quarter-em a word
 * processor sets between Chinese and digits.
 */
function gapText(before: string, after: string, gap: number, size: number, spaceGlyph: boolean): string {
  if (gap > size * 0.8) return '\u3000'.repeat(Math.min(4, Math.max(1, Math.round(gap / size))));
  const latin = /[\x21-\x7e]$/.test(before) && /^[\x21-\x7e]/.test(after);
  if (latin) return gap > size * 0.15 ? ' ' : '';
  if (!spaceGlyph || gap < size * 0.19) return '';
  return CJK_LATIN.test(`${before.slice(-1)}${after[0]}`) && gap < size * 0.3 ? '' : ' ';
}

// PDF.js puts a space inside a run wherever a justified line stretched the gap between two characters
// ("持续深 入 地 开 展"); a typed space is a quarter em or more. In a run of Chinese characters (each one em wide)
// the width left over tells which: a tenth of an em per space is stretch, and those spaces go.
// (ASCII punctuation, which web copies mix in, counts as half an em)
const WIDE_ONLY = /^[\u3000-\u303f\u3400-\u9fff\uff01-\uff5e“”‘’ ,.;:!?()]+$/;

function dropStretchSpaces(run: PdfTextItem): string {
  const spaces = run.text.split(' ').length - 1;
  if (!spaces || !WIDE_ONLY.test(run.text)) return run.text;
  const narrow = run.text.replace(/[^,.;:!?()]/g, '').length;
  const glyphs = run.text.length - spaces - narrow + narrow / 2;
  const perSpace = (run.width - glyphs * run.size) / spaces;
  return perSpace < run.size * 0.2 ? run.text.replace(/ /g, '') : run.text;
}

function joinRuns(runs: PdfTextItem[]): Line | null {
  runs.sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let size = 0;
  let spaceGlyph = false;
  for (const run of runs) {
    if (!run.text.trim()) {
      spaceGlyph = true;
      continue;
    }
    if (text) text += gapText(text, run.text, run.x - end, run.size, spaceGlyph);
    spaceGlyph = false;
    text += dropStretchSpaces(run);
    left = Math.min(left, run.x);
    end = Math.max(end, run.x + run.width);
    size = Math.max(size, run.size);
  }
  text = text.trim();
  return text ? { y: runs[0].y, left, right: end, size, text } : null;
}

// "— 3 —", "3", "第3页", "第3页 共5页", "3/5", "Page 3 of 5"
const PAGE_NUMBER = new RegExp(
  '^(?:[-—–－]\\s*\\d+\\s*[-—–－]|\\d+|第\\s*\\d+\\s*页(?:\\s*[/，,]?\\s*共\\s*\\d+\\s*页)?|\\d+\\s*/\\s*\\d+|page\\s*\\d+(?:\\s*of\\s*\\d+)?)$',
  'i',
);

function outerZone(line: Line, page: PdfPage): boolean {
  return line.y > page.height * 0.88 || line.y < page.height * 0.12;
}

/** Text every page repeats in its margins, digits blurred so "第 3 页" matches "第 4 页". */
function repeatedMargins(pages: PdfPage[], lines: Line[][]): Set<string> {
  const counts = new Map<string, number>();
  lines.forEach((page, i) => {
    const seen = new Set<string>();
    for (const l of page) if (outerZone(l, pages[i])) seen.add(l.text.replace(/\d+/g, '#'));
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const min = Math.max(2, Math.ceil(pages.length * 0.5));
  return new Set([...counts].filter(([, n]) => n >= min && pages.length >= 2).map(([k]) => k));
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = values[0] ?? 0;
  let n = 0;
  for (const [v, c] of counts) if (c > n || (c === n && v < best)) [best, n] = [v, c];
  return best;
}

/**
 * Where wrapped lines start: the leftmost position shared by a few lines. (In a short notice of one- and
 * two-line paragraphs more lines start at the indent than at the margin, so the most common one will not do.)
 */
function leftEdge(lefts: number[]): number {
  const counts = new Map<number, number>();
  for (const v of lefts) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  const enough = Math.max(2, lefts.length * 0.05);
  const shared = [...counts.keys()].filter(
    (v) => (counts.get(v - 1) ?? 0) + counts.get(v)! + (counts.get(v + 1) ?? 0) >= enough,
  );
  return shared.length ? Math.min(...shared) : mostCommon(lefts);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

const OPENING = '“‘（(《〈「『【〔';
const CLOSING = '”’）)》〉」』】〕，。、；：！？,.;:!?%';
// a number keeps its unit character with it (“2024年”, “30张”) in Word's and LibreOffice's line breaking
const FIRST_UNIT = new RegExp(`^(?:[A-Za-z0-9.%]+ ?[^\\s${OPENING}]?|[${OPENING}]*[\\s\\S][${CLOSING}]*)`);

/** How wide the start of a line is that could not have been split: a Latin word or number, or one character
 * with the brackets and punctuation that may not be parted from it. */
function firstUnitWidth(line: Line): number {
  const unit = FIRST_UNIT.exec(line.text)?.[0] ?? '';
  let w = 0;
  for (const ch of unit) w += ch.charCodeAt(0) < 0x1100 ? 0.55 : 1;
  return w * line.size;
}

interface Placed extends Line {
  indented: boolean;
  centered: boolean;
  /** starts at the text block's left edge, as a wrapped line does */
  atMargin: boolean;
}

export function pdfPagesToLines(pages: PdfPage[]): SourceLine[] {
  const perPage = pages.map((p) =>
    groupLines(p.items)
      .map(joinRuns)
      .filter((l): l is Line => l !== null),
  );
  const repeated = repeatedMargins(pages, perPage);
  const body = perPage.flatMap((lines, i) =>
    lines.filter(
      (l) => !(outerZone(l, pages[i]) && (PAGE_NUMBER.test(l.text) || repeated.has(l.text.replace(/\d+/g, '#')))),
    ),
  );
  if (!body.length) return [];
  // the text block, from the body text of the whole document: its left edge is where most lines start, its
  // right edge where the longest of the ordinary lines end
  const bodySize = mostCommon(body.map((l) => l.size));
  const ordinary = body.filter((l) => Math.abs(l.size - bodySize) < 1);
  const margin = leftEdge(ordinary.map((l) => l.left));
  const rightEdge = percentile(
    ordinary.map((l) => l.right),
    0.95,
  );
  const placed: Placed[] = body.map((l) => {
    const indent = l.left - margin;
    const short = rightEdge - l.right;
    // centred: space on both sides, about as much on the left as on the right, and more on the left than a
    // paragraph's two-character indent (whose first line may happen to stop two characters short)
    const centered = indent > l.size * 2.5 && short > l.size * 2 && Math.abs(indent - short) < l.size * 1.5;
    return {
      ...l,
      centered,
      indented: !centered && indent >= l.size * 1.5 && indent <= l.size * 4,
      atMargin: Math.abs(indent) < l.size * 0.5,
    };
  });
  return placed.map((l, i) => {
    const next = placed[i + 1];
    // the page width broke the line when what starts the next one would not have fitted after it
    const room = rightEdge - l.right;
    const atRightEdge =
      !l.centered &&
      !!next &&
      next.atMargin &&
      Math.abs(next.size - l.size) < 1 &&
      room < firstUnitWidth(next) + l.size * 0.6;
    return {
      text: l.indented ? `\u3000\u3000${l.text}` : l.text,
      ...(l.centered ? { centered: true } : {}),
      atRightEdge,
    };
  });
}
