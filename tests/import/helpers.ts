// Compact views of an imported document for assertions.
import { computeNumbers } from '../../shared/model/numbering';
import { flatten } from '../../shared/model/tree';
import type { Section, YaodianDocument } from '../../shared/model/types';

/** One line per section: "  （二）heading [R] 2p", indented by depth, numbers as printed. */
export function outline(doc: YaodianDocument): string[] {
  const numbers = computeNumbers(doc.sections, doc.numbering);
  return flatten(doc.sections).map(
    ({ section: s, depth }) =>
      `${'  '.repeat(depth)}${s.level}:${numbers.get(s.id)?.label ?? ''}${s.heading}${s.runIn ? ' [R]' : ''} ${s.paragraphs.length}p`,
  );
}

/** The tree without ids or source labels, for round-trip comparisons. */
export function shape(sections: readonly Section[]): unknown[] {
  return sections.map((s) => ({
    level: s.level,
    heading: s.heading,
    runIn: s.runIn,
    paragraphs: s.paragraphs,
    children: shape(s.children),
  }));
}

export function countLevel(doc: YaodianDocument, level: number): number {
  return flatten(doc.sections).filter((f) => f.section.level === level).length;
}

export function allTexts(doc: YaodianDocument): string[] {
  const m = doc.meta;
  return [
    ...Object.values(m).filter((v): v is string => typeof v === 'string'),
    ...m.coverParagraphs,
    ...m.attachments,
    ...doc.preamble,
    ...flatten(doc.sections).flatMap(({ section }) => [section.heading, ...section.paragraphs]),
  ];
}

export function codes(doc: YaodianDocument): string[] {
  return doc.warnings.map((w) => w.code);
}
