// One non-empty source line as the detectors see it.
import type { SourceLine } from '../source-line';
import type { ParsedLabel } from './labels';
import { parseLabel, parseListLabel } from './labels';
import { trimLine } from './sentences';

export interface TextLine {
  /** trimmed text, without a Word list label */
  text: string;
  /** the number label: Word's list label when given, else the one at the start of the text */
  label: ParsedLabel | null;
  hint: SourceLine;
}

export function toTextLine(source: SourceLine): TextLine | null {
  const text = trimLine(source.text);
  const listLabel = source.listLabel ? parseListLabel(source.listLabel) : null;
  if (listLabel) return { text, label: { ...listLabel, rest: text }, hint: source };
  if (!text) return null;
  return { text, label: parseLabel(text), hint: source };
}

/** A copy of a line whose number label was lost in the source, now given one. */
export function withLabel(line: TextLine, label: ParsedLabel): TextLine {
  return { ...line, label };
}

/**
 * "一、" alone on its line with the heading on the next (a web page that set the list number apart):
 * the two lines are one. A Word list label with an empty paragraph is left alone.
 */
export function joinBareLabels(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (line.label && line.label.rest === '' && !line.hint.listLabel && next && !next.label) {
      out.push({ ...line, text: `${line.text}${next.text}`, label: { ...line.label, rest: next.text } });
      i++;
    } else out.push(line);
  }
  return out;
}
