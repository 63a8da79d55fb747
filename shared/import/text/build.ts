// The section tree from the body lines: a numbered line opens a section at its style's level under the
// nearest open section of a higher level; un-numbered lines are body paragraphs of the deepest open section.
import { createSection } from '../../model/factory';
import type { Level, Section, Warning } from '../../model/types';
import { numeralOf } from './labels';
import { labelFor } from '../../model/numbering';
import type { TextLine } from './line';
import { withLabel } from './line';
import { charLength, endsComplete, firstSentenceEnd } from './sentences';

/** A run-in heading longer than this is a numbered paragraph with no heading of its own. */
const RUN_IN_MAX = 60;
/** A numbered line longer than this with no sentence inside is a paragraph, not a stand-alone heading. */
const NUMBERED_PARAGRAPH_MIN = 80;

/** Source facts kept beside each section while importing, for numbering detection and warnings. */
interface SourceInfo {
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
    return charLength(rest) > NUMBERED_PARAGRAPH_MIN
      ? { heading: '', runIn: true, paragraphs: [rest] }
      : { heading: rest, runIn: false, paragraphs: [] };
  }
  const after = rest.slice(end + 1).replace(/^[\s\u3000]+/, '');
  // "一、加强党的建设。" alone on its line: a stand-alone heading, kept verbatim
  if (!after)
    return charLength(rest) > RUN_IN_MAX
      ? { heading: '', runIn: true, paragraphs: [rest] }
      : { heading: rest, runIn: false, paragraphs: [] };
  // 。 is the run-in mark and is not stored; ？ and ！ are part of the heading's wording
  const heading = rest[end] === '。' ? rest.slice(0, end) : rest.slice(0, end + 1);
  if (charLength(heading) > RUN_IN_MAX) return { heading: '', runIn: true, paragraphs: [rest] };
  return { heading, runIn: true, paragraphs: [after] };
}

function isLostHeading(line: TextLine): boolean {
  return (
    !line.label && charLength(line.text) <= 40 && !/[。；;：:！？!?]/.test(line.text) && !/[，,、]$/.test(line.text)
  );
}

function lostWarning(line: TextLine, level: Level, n: number, between: string): Warning {
  return {
    code: 'number-missing',
    message: `原文${between}的标题“${line.text}”缺少编号，已按“${labelFor(level, numeralOf(level, n))}”导入`,
  };
}

/** Gives the candidate lines the numbers from..from+count-1 at `level`. */
function relabel(
  out: TextLine[],
  lost: number[],
  level: Level,
  from: number,
  between: string,
  warnings: Warning[],
): void {
  lost.forEach((j, k) => {
    out[j] = withLabel(out[j], { level, n: from + k, label: '', rest: out[j].text });
    warnings.push(lostWarning(out[j], level, from + k, between));
  });
}

/**
 * A heading whose number the source lost: between 五、 and 七、 an un-numbered short line with no final
 * punctuation is 六; before a scope's first number (（二） right after its 一、) the lines are （一）.
 * Recovered only when the number of such lines fills the gap exactly.
 */
export function recoverLostNumbers(lines: TextLine[], warnings: Warning[]): TextLine[] {
  const out = [...lines];
  for (const level of [1, 2, 3, 4] as Level[]) {
    // scopes: the level's labels between two labels of a higher level
    const scopes: Array<{ start: number; items: number[] }> = [];
    let scope: { start: number; items: number[] } | null = null;
    for (let i = 0; i < out.length; i++) {
      const label = out[i].label;
      if (!label || label.level > level) continue;
      if (label.level < level) {
        scopes.push((scope = { start: i, items: [] }));
        continue;
      }
      // before any parent the scope starts at its first item: nothing before it is looked at
      if (!scope) scopes.push((scope = { start: i, items: [] }));
      scope.items.push(i);
    }
    const used = scopes.filter((s) => s.items.length);
    // does the level restart under each parent? (later scopes that start at 1 against those that go on)
    let restarts = 0;
    let goesOn = 0;
    for (let k = 1; k < used.length; k++) {
      const firstN = out[used[k].items[0]].label!.n;
      const prevN = out[used[k - 1].items[used[k - 1].items.length - 1]].label!.n;
      if (firstN === 1) restarts++;
      else if (prevN > 0 && firstN === prevN + 1) goesOn++;
    }
    let lastN = 0;
    let seen = false;
    for (const s of scopes) {
      let prev = -1;
      for (const i of s.items) {
        const label = out[i].label!;
        const before = prev >= 0 ? out[prev].label! : null;
        const from = prev >= 0 ? prev : s.start;
        prev = i;
        // the first number of a scope: 1 when the level restarts, the next one when it goes on
        const expected = before ? before.n + 1 : !seen || restarts >= goesOn ? 1 : lastN + 1;
        const known = before ? before.n > 0 : !seen || restarts >= goesOn || lastN > 0;
        seen = true;
        lastN = label.n > 0 ? label.n : lastN + 1;
        // level 1 before its first number is the preamble: recoverLostLead looks there
        if (!known || label.n - expected < 1 || (level === 1 && !before)) continue;
        const lost: number[] = [];
        for (let j = from + 1; j < i; j++) if (isLostHeading(out[j])) lost.push(j);
        if (lost.length !== label.n - expected) continue;
        const between = before ? `“${before.label}”与“${label.label}”之间` : `“${label.label}”之前`;
        relabel(out, lost, level, expected, between, warnings);
      }
    }
  }
  return out;
}

/**
 * The first 一、 lost before the first numbered line: "坚持党建引领" between the preamble and "1.…", then "二、".
 * The lines between the 要点 title and the first level-1 number are the preamble (sentences) followed by
 * exactly as many short heading-like lines as numbers are missing.
 */
export function recoverLostLead(
  lines: TextLine[],
  isTitle: (line: TextLine) => boolean,
  warnings: Warning[],
): TextLine[] {
  const first = lines.findIndex((l) => l.label?.level === 1);
  const n = first >= 0 ? lines[first].label!.n : 0;
  if (n < 2) return lines;
  let title = -1;
  for (let j = first - 1; j >= 0 && title < 0; j--) if (isTitle(lines[j])) title = j;
  if (title < 0) return lines;
  const lost: number[] = [];
  for (let j = title + 1; j < first; j++) if (!lines[j].label && isLostHeading(lines[j])) lost.push(j);
  if (lost.length !== n - 1) return lines;
  // before the first lost heading only whole sentences (the preamble); no numbered line
  for (let j = title + 1; j < lost[0]; j++) if (lines[j].label || !endsComplete(lines[j].text)) return lines;
  const out = [...lines];
  relabel(out, lost, 1, 1, `“${lines[first].label!.label}”之前`, warnings);
  return out;
}

/** "标题。" alone on its line: the heading ends at its first sentence end, nothing follows. */
function isClosed(s: Section): boolean {
  if (s.runIn || !s.heading) return false;
  const end = firstSentenceEnd(s.heading);
  return end >= 0 && end === s.heading.length - 1;
}

/**
 * "（一）标题。" alone on its line is either a stand-alone heading that ends with 。 or a run-in heading
 * whose body is empty (a skeleton draft, a heading not yet written up). Decided per level from the
 * document's other headings: where the level runs its headings in, or the level's headings are all like
 * that with no text under them (levels 2–4), a closed heading without paragraphs is run-in.
 */
export function settleClosedHeadings(sections: readonly Section[]): void {
  const byLevel = new Map<Level, Section[]>();
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      const same = byLevel.get(s.level);
      if (same) same.push(s);
      else byLevel.set(s.level, [s]);
      walk(s.children);
    }
  };
  walk(sections);
  for (const [level, list] of byLevel) {
    const closed = list.filter((s) => isClosed(s) && !s.paragraphs.length);
    if (!closed.length) continue;
    const runIn = list.filter((s) => s.runIn && s.heading).length;
    const alone = list.length - runIn - closed.length - list.filter((s) => s.runIn && !s.heading).length;
    if (runIn > alone || (runIn === 0 && alone === 0 && level > 1)) {
      for (const s of closed) {
        s.runIn = true;
        // 。 is the run-in mark and is not stored; ？ and ！ are part of the heading's wording
        if (s.heading.endsWith('。')) s.heading = s.heading.slice(0, -1);
      }
    }
  }
}

/** Builds the tree; returns the sections, paragraphs before the first numbered line, and source numbers. */
export function buildSections(lines: readonly TextLine[]): {
  sections: Section[];
  leading: string[];
  source: SourceMap;
} {
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
    const section = createSection(label.level, heading, {
      runIn,
      paragraphs,
      ...(label.label ? { sourceLabel: label.label } : {}),
    });
    source.set(section.id, { n: label.n });
    while (stack.length && stack[stack.length - 1].level >= label.level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : sections).push(section);
    stack.push(section);
  }
  return { sections, leading, source };
}
