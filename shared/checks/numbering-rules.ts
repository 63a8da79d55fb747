// 序号 checks: gaps, repeats, order and missing numbers in the source's labels; punctuation after a number;
// a level skipped (1. directly under 一、) where the document does not do so consistently.
import { locate } from '../model/tree';
import type { Level, Section, YaodianDocument } from '../model/types';
import { finding, headingOf, type CheckContext, type Rule } from './finding';
import { anomalies, labelGroups, standardLabel, type ParsedLabel, type SeqItem } from './source-labels';
import type { Finding } from './types';

const LEVEL_NAMES: Record<Level, string> = { 1: '第一层', 2: '第二层', 3: '第三层', 4: '第四层' };

function sequenceFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const fix = '按顺序重排原文序号（导出时自动编号）';
  for (const [level, groups] of ctx.labels) {
    for (const group of groups) {
      for (const a of anomalies(group)) {
        const s = a.item.section;
        const at = { sectionId: s.id, fix };
        const where = ctx.locations.get(s.id) ?? '';
        const raw = s.sourceLabel ?? '';
        if (a.kind === 'missing') {
          out.push(
            finding(
              'number-missing',
              'error',
              `标题${headingOf(s)}前缺少序号，按顺序应为“${standardLabel(level, a.expected)}”`,
              where,
              at,
            ),
          );
        } else if (a.kind === 'gap') {
          const missing =
            a.from === a.to
              ? `“${standardLabel(level, a.from)}”`
              : `“${standardLabel(level, a.from)}”至“${standardLabel(level, a.to)}”`;
          out.push(finding('number-gap', 'error', `原文序号跳号：“${raw}”之前缺少${missing}`, where, at));
        } else if (a.kind === 'repeat') {
          out.push(finding('number-repeat', 'error', `原文序号“${raw}”重复`, where, at));
        } else {
          out.push(
            finding(
              'number-order',
              'error',
              `原文序号“${raw}”排在“${standardLabel(level, a.previous)}”之后，顺序颠倒`,
              where,
              at,
            ),
          );
        }
      }
    }
  }
  return out;
}

function styleOk(level: Level, l: ParsedLabel): boolean {
  if (l.circled) return false;
  if (level === 1) return !l.open && !l.close && l.trail === '、';
  if (level === 3) return !l.open && !l.close && (l.trail === '.' || l.trail === '．');
  return !!l.open && !!l.close && l.trail === '' && (l.open === '(') === (l.close === ')');
}

function styleProblem(level: Level, l: ParsedLabel, raw: string): string {
  const std = standardLabel(level, l.value);
  if (l.circled) return `序号“${raw}”为带圈数字，应为“${std}”`;
  if ((level === 2 || level === 4) && l.open && l.close && (l.open === '(') !== (l.close === ')')) {
    return `序号“${raw}”的括号全角半角混用，应为“${std}”`;
  }
  if (l.trail && (level === 2 || level === 4)) return `序号“${raw}”后不应再加“${l.trail}”，应为“${std}”`;
  return `序号“${raw}”的标点不规范，应为“${std}”`;
}

/** A style label such as "N、" for counting how a document writes a level. */
function styleKey(l: ParsedLabel): string {
  return l.circled ? '①' : `${l.open}N${l.close}${l.trail}`;
}

function punctuationFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const [level, groups] of ctx.labels) {
    const items = groups.flat().filter((i): i is SeqItem & { label: ParsedLabel } => i.label != null);
    const bad = items.filter((i) => !styleOk(level, i.label));
    if (!bad.length) continue;
    const styles = new Map<string, number>();
    for (const i of bad) styles.set(styleKey(i.label), (styles.get(styleKey(i.label)) ?? 0) + 1);
    const [topStyle, topCount] = [...styles].sort((a, b) => b[1] - a[1])[0];
    if (topCount * 2 > items.length) {
      // the document writes this level one non-standard way throughout: one note, not one per heading
      const example = bad.find((i) => styleKey(i.label) === topStyle)!;
      out.push(
        finding(
          'number-style',
          'info',
          `${LEVEL_NAMES[level]}序号全文写作“${example.section.sourceLabel}”式样，GB/T 9704-2012 为“${standardLabel(level, 1)}”；导出时将按规范输出`,
          '全文',
          { sectionId: example.section.id, fix: `${LEVEL_NAMES[level]}序号改用“${standardLabel(level, 1)}”式样` },
        ),
      );
      for (const i of bad)
        if (styleKey(i.label) !== topStyle) {
          out.push(
            finding(
              'number-punctuation',
              'warning',
              styleProblem(level, i.label, i.section.sourceLabel ?? ''),
              ctx.locations.get(i.section.id) ?? '',
              { sectionId: i.section.id, fix: `改为“${standardLabel(level, i.label.value)}”` },
            ),
          );
        }
      continue;
    }
    for (const i of bad) {
      out.push(
        finding(
          'number-punctuation',
          'warning',
          styleProblem(level, i.label, i.section.sourceLabel ?? ''),
          ctx.locations.get(i.section.id) ?? '',
          { sectionId: i.section.id, fix: `改为“${standardLabel(level, i.label.value)}”` },
        ),
      );
    }
  }
  return out;
}

function levelSkipFindings(ctx: CheckContext): Finding[] {
  // per parent level: parents whose children start at the next level, and children that skip a level
  const normal = new Map<number, number>();
  const skips = new Map<number, Array<{ parent: Section | null; child: Section; mixed: boolean }>>();
  const visit = (parent: Section | null, children: readonly Section[]) => {
    const p = parent?.level ?? 0;
    if (children.length) {
      const hasNext = children.some((c) => c.level === p + 1);
      if (hasNext) normal.set(p, (normal.get(p) ?? 0) + 1);
      for (const c of children) {
        if (c.level > p + 1) {
          const list = skips.get(p) ?? [];
          list.push({ parent, child: c, mixed: hasNext });
          skips.set(p, list);
        }
      }
    }
    for (const c of children) visit(c, c.children);
  };
  visit(null, ctx.doc.sections);
  const out: Finding[] = [];
  const nameOf = (level: number) => standardLabel(level as Level, 1);
  for (const [p, list] of skips) {
    const consistent = !normal.get(p) && list.every((s) => s.child.level === list[0].child.level);
    if (consistent) continue;
    for (const { parent, child, mixed } of list) {
      const under = parent ? `“${ctx.locations.get(parent.id)}”下` : '文档第一层';
      const why = mixed ? '而同一标题下其他章节使用' : '而其他同级标题下使用';
      out.push(
        finding(
          'level-skip',
          'warning',
          `${under}直接使用“${nameOf(child.level)}”层级（跳过了“${nameOf(p + 1)}”），${why}“${nameOf(p + 1)}”；跳级须全文一致`,
          ctx.locations.get(child.id) ?? '',
          { sectionId: child.id },
        ),
      );
    }
  }
  return out;
}

function mapLabels(doc: YaodianDocument, fn: (s: Section) => string | null | undefined): YaodianDocument {
  const walk = (list: Section[]): Section[] =>
    list.map((s) => {
      const children = walk(s.children);
      const label = fn(s);
      if (label === s.sourceLabel && children === s.children) return s;
      return { ...s, sourceLabel: label, children };
    });
  return { ...doc, sections: walk(doc.sections) };
}

function renumberGroup(doc: YaodianDocument, f: Finding): YaodianDocument {
  for (const [level, groups] of labelGroups(doc.sections, doc.numbering)) {
    const group = groups.find((g) => g.some((i) => i.section.id === f.sectionId));
    if (!group) continue;
    const labels = new Map(group.map((i, n) => [i.section.id, standardLabel(level, n + 1)]));
    return mapLabels(doc, (s) => (labels.has(s.id) ? labels.get(s.id) : s.sourceLabel));
  }
  return doc;
}

function restyleLabels(doc: YaodianDocument, ids: Set<string> | null, level: Level | null): YaodianDocument {
  const labels = new Map<string, string>();
  for (const [l, groups] of labelGroups(doc.sections, doc.numbering)) {
    if (level !== null && l !== level) continue;
    for (const i of groups.flat()) {
      if (i.label && (!ids || ids.has(i.section.id))) labels.set(i.section.id, standardLabel(l, i.label.value));
    }
  }
  return mapLabels(doc, (s) => (labels.has(s.id) ? labels.get(s.id) : s.sourceLabel));
}

export const numberingRule: Rule = {
  check: (ctx) => [...sequenceFindings(ctx), ...punctuationFindings(ctx), ...levelSkipFindings(ctx)],
  fixes: {
    'number-missing': renumberGroup,
    'number-gap': renumberGroup,
    'number-repeat': renumberGroup,
    'number-order': renumberGroup,
    'number-punctuation': (doc, f) => restyleLabels(doc, new Set([f.sectionId ?? '']), null),
    // the finding points at one example section; its level is the level to restyle
    'number-style': (doc, f) => {
      const example = f.sectionId ? locate(doc.sections, f.sectionId) : null;
      return example ? restyleLabels(doc, null, example.section.level) : doc;
    },
  },
};
