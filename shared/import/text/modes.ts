// Per level: does the source number continuously through the document ((一)…(三十九) across eleven 一、),
// restart under each parent, or not at all? Then the source's gaps, repeats and disorder as warnings.
import { defaultNumbering } from '../../model/factory';
import { labelFor, numeralFor } from '../../model/numbering';
import type { Level, NumberingModes, Section, Warning } from '../../model/types';
import type { SourceMap } from './build';
import { numeralOf } from './labels';

const LEVEL_NAMES: Record<Level, string> = { 1: '一级', 2: '二级', 3: '三级', 4: '四级' };

/** Sections in document order, each with the index of its restart group per level. */
interface Visit {
  section: Section;
  n: number | null;
}

function preorder(sections: readonly Section[], source: SourceMap): Visit[] {
  const out: Visit[] = [];
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      out.push({ section: s, n: source.get(s.id)?.n ?? null });
      walk(s.children);
    }
  };
  walk(sections);
  return out;
}

/**
 * Groups of level-L sections between two sections of a higher level (where computeNumbers restarts).
 * A later group that starts at 1 votes restart; one that goes on from the previous group votes continuous.
 */
export function detectModes(sections: readonly Section[], source: SourceMap): NumberingModes {
  const modes = defaultNumbering();
  const visits = preorder(sections, source);
  for (const level of [1, 2, 3, 4] as Level[]) {
    const own = visits.filter((v) => v.section.level === level);
    if (!own.length) continue;
    if (own.every((v) => v.n === null)) {
      modes[level] = 'none';
      continue;
    }
    if (level === 1) continue;
    const groups: Visit[][] = [];
    let current: Visit[] | null = null;
    for (const v of visits) {
      if (v.section.level < level) current = null;
      else if (v.section.level === level) {
        if (!current) groups.push((current = []));
        current.push(v);
      }
    }
    let restart = 0;
    let continuous = 0;
    for (let g = 1; g < groups.length; g++) {
      const first = groups[g].find((v) => v.n)?.n;
      const prevNumbers = groups[g - 1].map((v) => v.n).filter((n): n is number => !!n);
      if (!first) continue;
      if (first === 1) restart++;
      else if (prevNumbers.length && first > prevNumbers[prevNumbers.length - 1]) continuous++;
    }
    modes[level] = continuous > restart ? 'continuous' : 'restart';
  }
  return modes;
}

/**
 * Levels the source numbers in a way the model cannot hold: restarting under each section of an
 * ancestor level A but running on across the sections in between (1. 2. under （一）, 3. 4. under （二）,
 * 1. again under the next 一、). Maps the level to A.
 */
export function mixedSchemes(sections: readonly Section[], source: SourceMap): Map<Level, Level> {
  const visits = preorder(sections, source);
  const out = new Map<Level, Level>();
  for (const level of [3, 4] as Level[]) {
    // each new group of the level: the highest (smallest) level crossed since the last group, its first number,
    // the last one before
    const starts: Array<{ crossed: number; first: number; prev: number }> = [];
    let crossed = 5;
    let prev = 0;
    let seen = false;
    let opening = false;
    for (const v of visits) {
      if (v.section.level < level) {
        crossed = Math.min(crossed, v.section.level);
        opening = true;
      } else if (v.section.level === level) {
        if (opening && seen && v.n) starts.push({ crossed, first: v.n, prev });
        if (v.n) prev = v.n;
        seen = true;
        opening = false;
        crossed = 5;
      }
    }
    for (let a = 1; a <= level - 2; a++) {
      const outer = starts.filter((st) => st.crossed <= a);
      const inner = starts.filter((st) => st.crossed > a);
      if (
        outer.length &&
        inner.length &&
        outer.every((st) => st.first === 1) &&
        inner.every((st) => st.prev > 0 && st.first === st.prev + 1)
      ) {
        out.set(level, a as Level);
        break;
      }
    }
  }
  return out;
}

/** How many sections of `level` would print a number other than the source's under `mode`. */
function differences(visits: readonly Visit[], level: Level, mode: 'continuous' | 'restart'): number {
  let count = 0;
  let diff = 0;
  for (const v of visits) {
    if (v.section.level < level && mode === 'restart') count = 0;
    else if (v.section.level === level) {
      count++;
      if (v.n && v.n !== count) diff++;
    }
  }
  return diff;
}

/** For a mixed level, the mode that keeps the most of the source's numbers (restart on a tie, as GB/T 9704 does). */
export function settleMixed(
  sections: readonly Section[],
  source: SourceMap,
  modes: NumberingModes,
  mixed: Map<Level, Level>,
): void {
  const visits = preorder(sections, source);
  for (const level of mixed.keys()) {
    modes[level] =
      differences(visits, level, 'continuous') < differences(visits, level, 'restart') ? 'continuous' : 'restart';
  }
}

/** The first label of a level as it prints: 一、 （一） 1. （1） */
const firstLabel = (level: Level) => labelFor(level, numeralFor(level, 1));

/**
 * Compares the source's numbers with the numbers the document will print, one warning per break. A mixed
 * level (see mixedSchemes) is checked against its own scheme and explained once.
 */
export function numberWarnings(
  sections: readonly Section[],
  source: SourceMap,
  modes: NumberingModes,
  mixed = new Map<Level, Level>(),
): Warning[] {
  const warnings: Warning[] = [];
  const printedCount: Record<Level, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const sourcePrev: Record<Level, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const lastLabel: Record<Level, string> = { 1: '', 2: '', 3: '', 4: '' };
  const changed: Record<Level, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const { section: s, n } of preorder(sections, source)) {
    for (const deeper of [2, 3, 4] as Level[]) {
      if (deeper <= s.level) continue;
      if (modes[deeper] === 'restart') printedCount[deeper] = 0;
      // the source's own scheme: a mixed level restarts only under its ancestor level
      const outer = mixed.get(deeper);
      if (outer !== undefined ? s.level <= outer : modes[deeper] === 'restart') {
        sourcePrev[deeper] = 0;
        lastLabel[deeper] = '';
      }
    }
    if (modes[s.level] === 'none') continue;
    printedCount[s.level] += 1;
    const printed = labelFor(s.level, numeralOf(s.level, printedCount[s.level]));
    const label = s.sourceLabel ?? printed;
    const name = LEVEL_NAMES[s.level];
    const where = `“${label}${s.heading.slice(0, 16)}”`;
    const prev = sourcePrev[s.level];
    const then = `导入后编为“${printed}”`;
    if (n === null || n === 0) {
      if (n === 0) warnings.push({ code: 'number-unreadable', message: `${name}标题${where}的编号无法识别，${then}` });
    } else if (n === prev) {
      warnings.push({
        code: 'number-repeat',
        message: `${name}标题编号重复：${where}与前一个标题同为“${label}”，${then}`,
      });
    } else if (n > prev + 1) {
      const missing: string[] = [];
      for (let k = prev + 1; k < n && missing.length < 5; k++) missing.push(numeralOf(s.level, k) ?? String(k));
      const after = lastLabel[s.level] ? `“${lastLabel[s.level]}”之后是` : '开头就是';
      warnings.push({
        code: 'number-gap',
        message: `${name}标题编号不连续：原文${after}“${label}”，缺少“${missing.join('、')}”；${where}${then}`,
      });
    } else if (n < prev) {
      warnings.push({
        code: 'number-order',
        message: `${name}标题编号顺序有误：${where}出现在“${lastLabel[s.level]}”之后，${then}`,
      });
    }
    sourcePrev[s.level] = n && n > 0 ? n : prev + 1;
    lastLabel[s.level] = label;
    if (n && n !== printedCount[s.level]) changed[s.level]++;
  }
  for (const [level, outer] of mixed) {
    const mode =
      modes[level] === 'continuous' ? '全文连续编号' : `在每个“${firstLabel((level - 1) as Level)}”下重新编号`;
    warnings.push({
      code: 'number-scheme',
      message:
        `原文的${LEVEL_NAMES[level]}标题在每个“${firstLabel(outer)}”下重新编号，在其间的“${firstLabel((level - 1) as Level)}”之间接续编号；` +
        `要点的编号只能全文连续或在上级标题下重新编号，已按${mode}导入，${changed[level]} 个${LEVEL_NAMES[level]}标题的编号与原文不同`,
    });
  }
  return warnings;
}
