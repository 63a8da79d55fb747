// Text copied out of a PDF breaks every paragraph at the page width ("全面落实最低生活保障、特困人员救助" /
// "供养等政策…"). Decided per document: when most long lines have the same width and do not end a
// sentence, a line of that width is joined with the un-numbered line after it unless that line starts a
// paragraph (indented, or the line before ends a sentence when the copy kept no indentation).
// Width is measured two ways and the clearer wins: in characters (a tool that wrapped at N characters) and
// in display columns, Chinese 2 and digits 1 (a PDF: "年内培训 2000 人次" is as wide as its neighbours).
import type { TextLine } from './line';
import { charLength } from './sentences';

// a line that ends a paragraph; a closing quote or bracket alone does not (“…”的 breaks anywhere)
const SENTENCE_END = /(?:[。！？!?；;：:]|[。！？!?][”’」』）)])$/;
// a paragraph's indentation: a full-width space, a tab or two spaces (one space is a break inside a text)
const INDENTED = /^(?:\u3000|\t| {2})/;

/** Columns a line takes on the page: 2 for Chinese and full-width characters, 1 for ASCII and half-width forms. */
function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // the low half of a pair: counted with the high half
    w += c < 0x1100 || (c >= 0xff61 && c <= 0xffdc) || (c >= 0xffe8 && c <= 0xffee) ? 1 : 2;
  }
  return w;
}

interface Metric {
  measure: (text: string) => number;
  /** columns per Chinese character */
  unit: number;
}

const CHARS: Metric = { measure: charLength, unit: 1 };
const COLUMNS: Metric = { measure: displayWidth, unit: 2 };

interface Wrap {
  width: number;
  /** share of the long lines at the width: how clear the evidence is */
  share: number;
  metric: Metric;
}

function measureWrap(lines: readonly TextLine[], metric: Metric): Wrap | null {
  const { measure, unit } = metric;
  const widths = lines.map((l) => measure(l.text));
  const lengths = widths.filter((n) => n >= 15 * unit);
  if (lengths.length < 8) return null;
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  // the most frequent exact width is the page width (indented first lines are a little shorter)
  let width = 0;
  for (const [n, c] of counts) if (c > (counts.get(width) ?? 0) || (c === counts.get(width) && n > width)) width = n;
  let best = 0;
  for (let d = 0; d <= 2 * unit; d++) best += counts.get(width - d) ?? 0;
  let atWidth = 0;
  let open = 0;
  widths.forEach((w, i) => {
    if (Math.abs(w - width) > unit) return;
    atWidth++;
    if (!SENTENCE_END.test(lines[i].text)) open++;
  });
  const share = best / lengths.length;
  // a page width is a ceiling: a PDF has (almost) no line longer than it, a web copy's paragraphs often are
  const longer = lengths.filter((n) => n > width + unit + 1).length;
  const ceiling = best >= 8 && share >= 0.2 && longer <= lengths.length * 0.03;
  return (share >= 0.4 || ceiling) && open >= atWidth * 0.6 ? { width, share, metric } : null;
}

function detectWrap(lines: readonly TextLine[]): Wrap | null {
  const byChars = measureWrap(lines, CHARS);
  const byColumns = measureWrap(lines, COLUMNS);
  if (!byChars || !byColumns) return byChars ?? byColumns;
  return byColumns.share > byChars.share ? byColumns : byChars;
}

/** Joins the lines a PDF copy broke; `wrapped` tells whether the document was one. */
export function joinHardWraps(lines: readonly TextLine[]): { lines: TextLine[]; wrapped: boolean } {
  // a PDF read with its geometry says which lines reached the right edge; widths need not be guessed
  const geometry = lines.some((l) => l.hint.atRightEdge !== undefined);
  const wrap = geometry ? null : detectWrap(lines);
  if (!wrap && !geometry) return { lines: [...lines], wrapped: false };
  const { width, metric } = wrap ?? { width: 0, metric: CHARS };
  const { measure, unit } = metric;
  const full = (prev: TextLine | undefined, physical: number) =>
    geometry ? prev?.hint.atRightEdge === true : physical >= width - 3 * unit && physical <= width + unit + 1;
  // where paragraphs start indented (as PDF text keeps them), indentation alone tells a new paragraph
  const indented = lines.filter((l) => INDENTED.test(l.hint.text)).length;
  const indents = indented >= 3 && indented >= lines.length * 0.05;
  const out: TextLine[] = [];
  let physical = 0; // width of the last source line, not of the joined paragraph
  let previousRaw = '';
  let lastSource: TextLine | undefined; // the last source line, not the joined paragraph
  // the last number seen per level: a label-like start that breaks the sequence after a full line ("…随着" /
  // "三、四期工程蓄水" after 五、) is the wrapped line going on, not a heading
  const lastN = [0, 0, 0, 0, 0];
  for (const line of lines) {
    const prev = out[out.length - 1];
    // with geometry, atRightEdge already says the next line starts at the margin: a sentence may end at the edge
    const continues = geometry || (indents ? !INDENTED.test(line.hint.text) : !SENTENCE_END.test(prev?.text ?? ''));
    const label = line.label;
    const inSequence = !label || label.n === 1 || label.n === lastN[label.level] + 1;
    const labelled = !!label && (inSequence || SENTENCE_END.test(prev?.text ?? '。'));
    if (label && labelled) lastN[label.level] = label.n;
    if (prev && !labelled && full(lastSource, physical) && continues) {
      // a space the break fell on ("国务院办公厅 中央军委办公厅") is kept
      const gap = /\s$/.test(previousRaw) || /^ \S/.test(line.hint.text) ? ' ' : '';
      const text = prev.text + gap + line.text;
      out[out.length - 1] = {
        ...prev,
        text,
        label: prev.label ? { ...prev.label, rest: prev.label.rest + gap + line.text } : null,
      };
    } else {
      out.push(line);
    }
    physical = measure(line.text);
    previousRaw = line.hint.text;
    lastSource = line;
  }
  return { lines: out, wrapped: true };
}

const CJK = '\\u2e80-\\u2fff\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef“”‘’';
const SPACE_BEFORE = new RegExp(`(?<=[${CJK}]) (?=[0-9A-Za-z%])`, 'g');
const SPACE_AFTER = new RegExp(`(?<=[0-9A-Za-z%]) (?=[${CJK}])`, 'g');

/**
 * pdftotext puts a space wherever Chinese meets Latin letters or digits ("2024 年", "占比达到 65%。"); the
 * printed page had none. Only for a PDF copy: elsewhere such a space is the author's.
 */
export function removePdfSpaces(line: TextLine): TextLine {
  if (!line.text.includes(' ')) return line;
  const fix = (t: string) => t.replace(SPACE_BEFORE, '').replace(SPACE_AFTER, '');
  const text = fix(line.text);
  if (text === line.text) return line;
  return { ...line, text, label: line.label ? { ...line.label, rest: fix(line.label.rest) } : null };
}

/** pdftotext marks each page break with a form feed. */
export function hasPageBreaks(lines: readonly TextLine[]): boolean {
  return lines.some((l) => l.hint.text.includes('\f'));
}
