// Number labels as an imported source printed them (section.sourceLabel), read back into sequences so the
// checks can report what the source got wrong. Sections made in the editor have no label and are skipped.
import { fromChineseNumeral, labelFor, numeralFor } from '../model/numbering';
import type { Level, NumberingModes, Section } from '../model/types';

export interface ParsedLabel {
  open: string;
  numeral: string;
  value: number;
  close: string;
  /** punctuation after the number or the closing parenthesis: "、" "." "，" … */
  trail: string;
  /** ①: a circled number, a style of its own */
  circled?: boolean;
}

const LABEL = /^\s*([(（]?)\s*([零〇一二两三四五六七八九十百千万]+|[0-9０-９]+)\s*([)）]?)\s*([、.．,，:：;；]*)\s*$/;

/**
 * ①–⑳ ⑴–⒇ ⒈–⒛ as one character. ⑴ is "(1)" and ⒈ is "1." in one glyph, so they read as those styles;
 * ① has no GB/T 9704 equivalent and keeps its own style.
 */
function circledLabel(raw: string): ParsedLabel | null {
  const t = raw.trim();
  if (t.length !== 1) return null;
  const c = t.charCodeAt(0);
  if (c >= 0x2460 && c < 0x2474)
    return { open: '', numeral: t, value: c - 0x2460 + 1, close: '', trail: '', circled: true };
  if (c >= 0x2474 && c < 0x2488) return { open: '(', numeral: t, value: c - 0x2474 + 1, close: ')', trail: '' };
  if (c >= 0x2488 && c < 0x249c) return { open: '', numeral: t, value: c - 0x2488 + 1, close: '', trail: '.' };
  return null;
}

function parseSourceLabel(raw: string): ParsedLabel | null {
  const circled = circledLabel(raw);
  if (circled) return circled;
  const m = LABEL.exec(raw);
  if (!m) return null;
  const ascii = m[2].replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const value = /^\d+$/.test(ascii) ? Number(ascii) : fromChineseNumeral(ascii);
  if (value === null || value < 1) return null;
  return { open: m[1], numeral: m[2], value, close: m[3], trail: m[4] };
}

/** The label GB/T 9704 prints for the n-th section of a level. */
export function standardLabel(level: Level, n: number): string {
  return labelFor(level, numeralFor(level, n));
}

export interface SeqItem {
  section: Section;
  /**
   * null: the source printed no number here (recovered by the importer, sourceLabel null);
   * undefined: no label known (sourceLabel absent: recovered, or added in the editor)
   */
  label: ParsedLabel | null | undefined;
}

type Scoping = 'restart' | 'continuous';

/** Groups the labelled sections of one level into the runs that should count 1, 2, 3 … */
function groupsFor(sections: readonly Section[], level: Level, scoping: Scoping): SeqItem[][] {
  const groups: SeqItem[][] = [];
  let current: SeqItem[] | null = null;
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      if (s.level < level && scoping === 'restart') current = null;
      if (s.level === level) {
        const label =
          s.sourceLabel === undefined ? undefined : s.sourceLabel === null ? null : parseSourceLabel(s.sourceLabel);
        if (label !== null || s.sourceLabel === null) {
          if (!current) groups.push((current = []));
          current.push({ section: s, label });
        }
      }
      walk(s.children);
    }
  };
  walk(sections);
  return groups;
}

export type Anomaly =
  | { kind: 'missing'; item: SeqItem; expected: number }
  | { kind: 'repeat'; item: SeqItem; value: number }
  | { kind: 'gap'; item: SeqItem; from: number; to: number }
  | { kind: 'order'; item: SeqItem; value: number; previous: number };

/**
 * Breaks in one run. Sections without a known label do not count, except where they fill a gap exactly:
 * 五、 [切实增强减灾救灾能力] 七、 is a heading that lost its 六, not a gap.
 */
export function anomalies(group: SeqItem[]): Anomaly[] {
  const out: Anomaly[] = [];
  let last = 0;
  let unknown: SeqItem[] = [];
  // a number that comes later is out of order rather than missing: 2. 1. is one disorder, not a gap and a disorder
  const comesLater = (from: number, lo: number, hi: number) => {
    const later = new Set(group.slice(from).map((i) => i.label?.value));
    for (let v = lo; v <= hi; v++) if (!later.has(v)) return false;
    return true;
  };
  for (const [index, item] of group.entries()) {
    if (item.label === undefined) {
      unknown.push(item);
      continue;
    }
    if (item.label === null) {
      out.push({ kind: 'missing', item, expected: last + 1 });
      last += 1;
      unknown = [];
      continue;
    }
    const v = item.label.value;
    if (v > last + 1 && unknown.length === v - last - 1) {
      unknown.forEach((u, k) => out.push({ kind: 'missing', item: u, expected: last + 1 + k }));
    } else if (v === last) out.push({ kind: 'repeat', item, value: v });
    else if (v > last + 1 && !comesLater(index + 1, last + 1, v - 1))
      out.push({ kind: 'gap', item, from: last + 1, to: v - 1 });
    else if (v < last) out.push({ kind: 'order', item, value: v, previous: last });
    last = v;
    unknown = [];
  }
  return out;
}

/**
 * The runs of each level. Whether a level restarts under its parent is read from the labels themselves
 * (the reading with fewer anomalies; a tie goes to the document's mode), so an importer's choice of mode
 * never turns correct continuous numbering ((一)…(三十九) across 一、 二、 …) into false alarms.
 */
export function labelGroups(sections: readonly Section[], modes: NumberingModes): Map<Level, SeqItem[][]> {
  const out = new Map<Level, SeqItem[][]>();
  for (const level of [1, 2, 3, 4] as Level[]) {
    const preferred: Scoping = modes[level] === 'continuous' ? 'continuous' : 'restart';
    const other: Scoping = preferred === 'restart' ? 'continuous' : 'restart';
    const a = groupsFor(sections, level, preferred);
    if (!a.length) continue;
    const b = level === 1 ? a : groupsFor(sections, level, other);
    const count = (gs: SeqItem[][]) => gs.reduce((n, g) => n + anomalies(g).length, 0);
    out.set(level, count(b) < count(a) ? b : a);
  }
  return out;
}
