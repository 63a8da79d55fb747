// Read-only helpers over the section tree.
import type { Section } from './types';

export interface Located {
  section: Section;
  parent: Section | null;
  siblings: Section[];
  index: number;
}

export function locate(sections: Section[], id: string, parent: Section | null = null): Located | null {
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    if (s.id === id) return { section: s, parent, siblings: sections, index: i };
    const inner = locate(s.children, id, s);
    if (inner) return inner;
  }
  return null;
}

export interface FlatSection {
  section: Section;
  depth: number;
  parentId: string | null;
}

/** Document order (pre-order) with depth. */
export function flatten(sections: readonly Section[]): FlatSection[] {
  const out: FlatSection[] = [];
  const walk = (list: readonly Section[], depth: number, parentId: string | null) => {
    for (const s of list) {
      out.push({ section: s, depth, parentId });
      walk(s.children, depth + 1, s.id);
    }
  };
  walk(sections, 0, null);
  return out;
}

export function countSections(sections: readonly Section[]): number {
  return sections.reduce((n, s) => n + 1 + countSections(s.children), 0);
}

export function deepestLevel(section: Section): number {
  return section.children.reduce<number>((max, c) => Math.max(max, deepestLevel(c)), section.level);
}

export function contains(section: Section, id: string): boolean {
  return section.id === id || section.children.some((c) => contains(c, id));
}

/** All text a section holds (heading, body, descendants), for "never lose text" checks. */
export function allText(sections: readonly Section[]): string[] {
  return flatten(sections)
    .flatMap(({ section }) => [section.heading, ...section.paragraphs])
    .filter((t) => t !== '');
}

/** Problems that make a tree invalid; empty when valid. */
export function validateTree(sections: readonly Section[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const walk = (list: readonly Section[], parentLevel: number) => {
    for (const s of list) {
      if (ids.has(s.id)) problems.push(`重复的章节标识：${s.id}`);
      ids.add(s.id);
      if (![1, 2, 3, 4].includes(s.level)) problems.push(`章节层级无效：${s.level}`);
      if (s.level <= parentLevel) problems.push(`章节“${s.heading}”的层级（${s.level}）不低于上级（${parentLevel}）`);
      walk(s.children, s.level);
    }
  };
  walk(sections, 0);
  return problems;
}
