// A PDF copy repeats a running header or footer on every page ("2024年全市民政工作要点", "某市民政局 内部资料"):
// pdftotext marks each page break with a form feed. A line that recurs at the top or bottom edge of most pages
// is the running head, not text; page one keeps its top (the 红头 and title are printed once there).
import type { TextLine } from './line';

const EDGE = 2;
const shape = (t: string) => t.replace(/[0-9０-９]+/g, '#').replace(/[\s\u3000]+/g, '');

export function removeRunningHeads(lines: readonly TextLine[]): TextLine[] {
  const pages: TextLine[][] = [[]];
  for (const l of lines) {
    if (l.hint.text.includes('\f') && pages[pages.length - 1].length) pages.push([]);
    pages[pages.length - 1].push(l);
  }
  if (pages.length < 3) return [...lines];
  const counts = new Map<string, number>();
  pages.forEach((p, n) => {
    const edges = new Set([...(n ? p.slice(0, EDGE) : []), ...p.slice(-EDGE)].map((l) => shape(l.text)));
    for (const e of edges) if (e && e.length <= 60) counts.set(e, (counts.get(e) ?? 0) + 1);
  });
  const heads = new Set([...counts].filter(([, c]) => c >= Math.max(2, (pages.length - 1) * 0.5)).map(([k]) => k));
  if (!heads.size) return [...lines];
  return pages.flatMap((p, n) =>
    p.filter((l, i) => !(heads.has(shape(l.text)) && ((n && i < EDGE) || i >= p.length - EDGE) && !l.label)),
  );
}
