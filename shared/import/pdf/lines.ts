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

/**
 * A space glyph is kept as a space; a gap of a character or more is a space the author typed (full-width in
 * Chinese text); a smaller gap is kerning or the quarter-em a word processor puts between Chinese and digits.
 */
function joinRuns(runs: PdfTextItem[]): Line | null {
  runs.sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let size = 0;
  let narrowSpace = false;
  for (const run of runs) {
    if (!run.text.trim()) {
      if (text && !/\s$/.test(text)) text += ' ';
      narrowSpace = run.width < run.size * 0.3;
      continue;
    }
    // the narrow space a word processor sets between Chinese and digits ("2025 年") was never typed
    if (narrowSpace && CJK_LATIN.test(`${text.slice(-2)}${run.text[0]}`)) text = text.replace(/ $/, '');
    narrowSpace = false;
    const gap = run.x - end;
    if (text && gap > run.size * 0.8) text = text.replace(/ $/, '') + '\u3000'.repeat(Math.min(4, Math.round(gap / run.size)));
    else if (text && gap > run.size * 0.35 && !/\s$/.test(text)) text += ' ';
    text += run.text;
    left = Math.min(left, run.x);
    end = Math.max(end, run.x + run.width);
    size = Math.max(size, run.size);
  }
  text = text.trim();
  return text ? { y: runs[0].y, left, right: end, size, text } : null;
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef“”‘’';
const CJK_LATIN = new RegExp(`[${CJK}] [0-9A-Za-z%]|[0-9A-Za-z%] [${CJK}]`);

const PAGE_NUMBER = /^(?:[-—–－]\s*\d+\s*[-—–－]|\d+|第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;

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
}

export function pdfPagesToLines(pages: PdfPage[]): SourceLine[] {
  const perPage = pages.map((p) => groupLines(p.items).map(joinRuns).filter((l): l is Line => l !== null));
  const repeated = repeatedMargins(pages, perPage);
  const body = perPage.flatMap((lines, i) =>
    lines.filter((l) => !(outerZone(l, pages[i]) && (PAGE_NUMBER.test(l.text) || repeated.has(l.text.replace(/\d+/g, '#'))))));
  if (!body.length) return [];
  // the text block, from the body text of the whole document: its left edge is where most lines start, its
  // right edge where the longest of the ordinary lines end
  const bodySize = mostCommon(body.map((l) => l.size));
  const ordinary = body.filter((l) => Math.abs(l.size - bodySize) < 1);
  const margin = mostCommon(ordinary.map((l) => l.left));
  const rightEdge = percentile(ordinary.map((l) => l.right), 0.95);
  const placed: Placed[] = body.map((l) => {
    const indent = l.left - margin;
    const short = rightEdge - l.right;
    // centred: space on both sides, about as much on the left as on the right, and more on the left than a
    // paragraph's two-character indent (whose first line may happen to stop two characters short)
    const centered = indent > l.size * 2.5 && short > l.size * 2 && Math.abs(indent - short) < l.size * 1.5;
    return { ...l, centered, indented: !centered && indent >= l.size * 1.5 && indent <= l.size * 4 };
  });
  return placed.map((l, i) => {
    const next = placed[i + 1];
    // the page width broke the line when what starts the next one would not have fitted after it
    const room = rightEdge - l.right;
    const atRightEdge = !l.centered && !!next && !next.centered && !next.indented && room < firstUnitWidth(next) + l.size * 0.6;
    return { text: l.indented ? `\u3000\u3000${l.text}` : l.text, ...(l.centered ? { centered: true } : {}), atRightEdge };
  });
}
