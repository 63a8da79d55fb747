// The section tree from the body lines: a numbered line opens a section at its style's level under the
// nearest open section of a higher level; un-numbered lines are body paragraphs of the deepest open section.
import { createSection } from '../../model/factory';
import type { Level, Section, Warning } from '../../model/types';
import { numeralOf } from './labels';
import { labelFor } from '../../model/numbering';
import type { TextLine } from './line';
import { withLabel } from './line';
import { charLength, firstSentenceEnd } from './sentences';

/** A run-in heading longer than this is a numbered paragraph with no heading of its own. */
export const RUN_IN_MAX = 60;
/** A numbered line longer than this with no sentence inside is a paragraph, not a stand-alone heading. */
export const NUMBERED_PARAGRAPH_MIN = 80;

/** Source facts kept beside each section while importing, for numbering detection and warnings. */
export interface SourceInfo {
  /** the source's number, 0 when unreadable, null when the source printed none */
  n: number | null;
}

export type SourceMap = Map<string, SourceInfo>;

/** "(一)正确把握悟。深刻领悟…" → run-in heading + first paragraph; a line with no 。 is a stand-alone heading. */
export function splitHeading(rest: string): { heading: string; runIn: boolean; paragraphs: string[] } {
  let end = firstSentenceEnd(rest);
  // unbalanced quotes in a long line: fall back to the first 。 anywhere
  if (end < 0 && charLength(rest) > RUN_IN_MAX) end = rest.indexOf('。');
  if (end < 0) {
    // a long line with no sentence end is a numbered paragraph, not a heading
    return charLength(rest) > NUMBERED_PARAGRAPH_MIN ? { heading: '', runIn: true, paragraphs: [rest] } : { heading: rest, runIn: false, paragraphs: [] };
  }
  const after = rest.slice(end + 1).replace(/^[\s\u3000]+/, '');
  // "一、加强党的建设。" alone on its line: a stand-alone heading, kept verbatim
  if (!after) return charLength(rest) > RUN_IN_MAX ? { heading: '', runIn: true, paragraphs: [rest] } : { heading: rest, runIn: false, paragraphs: [] };
  // 。 is the run-in mark and is not stored; ？ and ！ are part of the heading's wording
  const heading = rest[end] === '。' ? rest.slice(0, end) : rest.slice(0, end + 1);
  if (charLength(heading) > RUN_IN_MAX) return { heading: '', runIn: true, paragraphs: [rest] };
  return { heading, runIn: true, paragraphs: [after] };
}

function isLostHeading(line: TextLine): boolean {
  return !line.label && charLength(line.text) <= 40 && !/[。；;：:！？!?]/.test(line.text) && !/[，,、]$/.test(line.text);
}

/**
 * A heading whose number the source lost: between 五、 and 七、 an un-numbered short line with no final
 * punctuation is 六. Recovered only when the number of such lines fills the gap exactly.
 */
export function recoverLostNumbers(lines: TextLine[], warnings: Warning[]): TextLine[] {
  const out = [...lines];
  for (const level of [1, 2, 3, 4] as Level[]) {
    let prev = -1;
    for (let i = 0; i < out.length; i++) {
      const label = out[i].label;
      if (!label || label.level > level) continue;
      if (label.level < level) {
        prev = -1; // a new parent scope
        continue;
      }
      const before = prev >= 0 ? out[prev].label! : null;
      const from = prev;
      prev = i;
      if (!before || before.n <= 0 || label.n - before.n < 2) continue;
      const lost: number[] = [];
      for (let j = from + 1; j < i; j++) if (isLostHeading(out[j])) lost.push(j);
      if (lost.length !== label.n - before.n - 1) continue;
      lost.forEach((j, k) => {
        const n = before.n + k + 1;
        out[j] = withLabel(out[j], { level, n, label: '', rest: out[j].text });
        warnings.push({
          code: 'number-missing',
          message: `原文“${before.label}”与“${label.label}”之间的标题“${out[j].text}”缺少编号,已按“${labelFor(level, numeralOf(level, n))}”导入`,
        });
      });
    }
  }
  return out;
}

/** Builds the tree; returns the sections, paragraphs before the first numbered line, and source numbers. */
export function buildSections(lines: readonly TextLine[]): { sections: Section[]; leading: string[]; source: SourceMap } {
  const sections: Section[] = [];
  const leading: string[] = [];
  const source: SourceMap = new Map();
  const stack: Section[] = [];
  for (const line of lines) {
    const label = line.label;
    if (!label) {
      const open = stack[stack.length - 1];
      if (open) open.paragraphs.push(line.text);
      else leading.push(line.text);
      continue;
    }
    const { heading, runIn, paragraphs } = splitHeading(label.rest);
    const section = createSection(label.level, heading, { runIn, paragraphs, ...(label.label ? { sourceLabel: label.label } : {}) });
    source.set(section.id, { n: label.n });
    while (stack.length && stack[stack.length - 1].level >= label.level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : sections).push(section);
    stack.push(section);
  }
  return { sections, leading, source };
}
