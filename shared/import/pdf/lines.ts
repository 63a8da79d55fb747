// PDF text runs → the lines of the printed page, top to bottom and left to right; then the lines every page
// repeats at its top or bottom (running headers, "— 3 —", "第3页 共5页") are dropped. A paragraph's first
// line keeps its indentation as two full-width spaces, so the text importer's PDF-copy path joins the lines
// a page width broke exactly as it does for a copied PDF.
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
  const sorted = items.filter((i) => i.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  let baseline = Number.NaN;
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(item.y - baseline) <= Math.max(item.size, 1) * 0.4) line.push(item);
    else {
      lines.push([item]);
      baseline = item.y;
    }
  }
  return lines;
}

/** A gap of a character or more is a space the author typed (full-width in Chinese text); a smaller one is kerning. */
function joinRuns(runs: PdfTextItem[]): Line {
  runs.sort((a, b) => a.x - b.x);
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  let size = 0;
  for (const run of runs) {
    const gap = run.x - end;
    if (text && gap > run.size * 0.8) text += '\u3000'.repeat(Math.min(4, Math.round(gap / run.size)));
    else if (text && gap > run.size * 0.2 && !/\s$/.test(text)) text += ' ';
    text += run.text;
    end = Math.max(end, run.x + run.width);
    size = Math.max(size, run.size);
  }
  return { y: runs[0].y, left: runs[0].x, right: end, size, text: text.trim() };
}

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

export function pdfPagesToLines(pages: PdfPage[]): SourceLine[] {
  const perPage = pages.map((p) => groupLines(p.items).map(joinRuns));
  const repeated = repeatedMargins(pages, perPage);
  const out: SourceLine[] = [];
  perPage.forEach((lines, i) => {
    const page = pages[i];
    const body = lines.filter((l) => !(outerZone(l, page) && (PAGE_NUMBER.test(l.text) || repeated.has(l.text.replace(/\d+/g, '#')))));
    // the text block's left edge: where most lines start
    const margin = mostCommon(body.map((l) => l.left));
    const rightEdge = Math.max(...body.map((l) => l.right));
    for (const l of body) {
      const indent = l.left - margin;
      const short = rightEdge - l.right;
      // centred: space on both sides, about as much on the left as on the right
      const centered = indent > l.size * 2 && short > l.size * 2 && Math.abs(indent - short) < l.size * 1.5;
      const indented = !centered && indent >= l.size * 1.5 && indent <= l.size * 4;
      // a line that stops well short of the edge ends its paragraph; left-aligned text may stop two or three
      // characters short when the next word could not be split (“型”贫困 / 救助。: 。 never starts a line)
      const atRightEdge = !centered && l.right >= rightEdge - l.size * 2.5;
      out.push({ text: indented ? `\u3000\u3000${l.text}` : l.text, ...(centered ? { centered } : {}), atRightEdge });
    }
  });
  return out;
}
