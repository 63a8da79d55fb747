// Text copied out of a PDF breaks every paragraph at the page width ("全面落实最低生活保障、特困人员救助" /
// "供养等政策…"). Decided per document: when most long lines have the same length and do not end a
// sentence, a line of that width is joined with the un-numbered line after it unless that line starts a
// paragraph (indented, or the line before ends a sentence when the copy kept no indentation).
import type { TextLine } from './line';
import { charLength } from './sentences';

// a line that ends a paragraph; a closing quote or bracket alone does not (“…”的 breaks anywhere)
const SENTENCE_END = /(?:[。！？!?；;：:]|[。！？!?][”’」』）)])$/;
// a paragraph's indentation: a full-width space, a tab or two spaces (one space is a break inside a text)
const INDENTED = /^(?:\u3000|\t| {2})/;

/** The wrap width, or 0 when the lines are paragraphs (lengths vary, as in a web copy or Word). */
export function wrapWidth(lines: readonly TextLine[]): number {
  const lengths = lines.map((l) => charLength(l.text)).filter((n) => n >= 15);
  if (lengths.length < 8) return 0;
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  // the most frequent exact length is the page width (indented first lines are a little shorter)
  let width = 0;
  for (const [n, c] of counts) if (c > (counts.get(width) ?? 0) || (c === counts.get(width) && n > width)) width = n;
  const best = (counts.get(width) ?? 0) + (counts.get(width - 1) ?? 0) + (counts.get(width - 2) ?? 0);
  const atWidth = lines.filter((l) => Math.abs(charLength(l.text) - width) <= 1);
  const open = atWidth.filter((l) => !SENTENCE_END.test(l.text)).length;
  return best >= lengths.length * 0.4 && open >= atWidth.length * 0.6 ? width : 0;
}

export function joinHardWraps(lines: readonly TextLine[]): TextLine[] {
  const width = wrapWidth(lines);
  if (!width) return [...lines];
  // where paragraphs start indented (as PDF text keeps them), indentation alone tells a new paragraph
  const indented = lines.filter((l) => INDENTED.test(l.hint.text)).length;
  const indents = indented >= 3 && indented >= lines.length * 0.05;
  const out: TextLine[] = [];
  let physical = 0; // length of the last source line, not of the joined paragraph
  let previousRaw = '';
  for (const line of lines) {
    const prev = out[out.length - 1];
    const continues = indents ? !INDENTED.test(line.hint.text) : !SENTENCE_END.test(prev?.text ?? '');
    if (prev && !line.label && physical >= width - 3 && physical <= width + 1 && continues) {
      // a space the break fell on ("国务院办公厅 中央军委办公厅") is kept
      const gap = /\s$/.test(previousRaw) || /^ \S/.test(line.hint.text) ? ' ' : '';
      const text = prev.text + gap + line.text;
      out[out.length - 1] = { ...prev, text, label: prev.label ? { ...prev.label, rest: prev.label.rest + gap + line.text } : null };
    } else {
      out.push(line);
    }
    physical = charLength(line.text);
    previousRaw = line.hint.text;
  }
  return out;
}
