// Per level: does the source number continuously through the document ((一)…(三十九) across eleven 一、),
// restart under each parent, or not at all? Then the source's gaps, repeats and disorder as warnings.
import { defaultNumbering } from '../../model/factory';
import { labelFor } from '../../model/numbering';
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

/** Compares the source's numbers with the numbers the document will print, one warning per break. */
export function numberWarnings(sections: readonly Section[], source: SourceMap, modes: NumberingModes): Warning[] {
  const warnings: Warning[] = [];
  const printedCount: Record<Level, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const sourcePrev: Record<Level, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  const lastLabel: Record<Level, string> = { 1: '', 2: '', 3: '', 4: '' };
  for (const { section: s, n } of preorder(sections, source)) {
    for (const deeper of [2, 3, 4] as Level[]) {
      if (deeper > s.level && modes[deeper] === 'restart') {
        printedCount[deeper] = 0;
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
      if (n === 0) warnings.push({ code: 'number-unreadable', message: `${name}标题${where}的编号无法识别,${then}` });
    } else if (n === prev) {
      warnings.push({ code: 'number-repeat', message: `${name}标题编号重复:${where}与前一个标题同为“${label}”,${then}` });
    } else if (n > prev + 1) {
      const missing: string[] = [];
      for (let k = prev + 1; k < n && missing.length < 5; k++) missing.push(numeralOf(s.level, k) ?? String(k));
      const after = lastLabel[s.level] ? `“${lastLabel[s.level]}”之后是` : '开头就是';
      warnings.push({ code: 'number-gap', message: `${name}标题编号不连续:原文${after}“${label}”,缺少“${missing.join('、')}”;${where}${then}` });
    } else if (n < prev) {
      warnings.push({ code: 'number-order', message: `${name}标题编号顺序有误:${where}出现在“${lastLabel[s.level]}”之后,${then}` });
    }
    sourcePrev[s.level] = n && n > 0 ? n : prev + 1;
    lastLabel[s.level] = label;
  }
  return warnings;
}
