// Rows of a table (a returned .xlsx, a 任务分工表 attached to a notice) back to the sections they came from,
// by their text, with the compare module's matching (character bigrams, greedy by score) — the same engine
// that pairs sections across years. Numbers printed in the cell ("一、（二）", "3.") are ignored.
import { matchSections } from '../compare/matching';
import { buildNodes } from '../compare/nodes';
import { BigramDictionary } from '../compare/similarity';
import { createDocument, createSection } from '../model/factory';
import { flatten } from '../model/tree';
import type { Section, YaodianDocument } from '../model/types';

const LEADING_LABELS =
  /^(\s*([一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[)）]|\d+[.．、]|[⑴-⒇①-⑳]))+\s*/;

/** "一、（二）完善制度。健全…" → heading "完善制度", body "健全…" (as a section would hold them). */
function asSection(text: string): Section {
  const t = text.replace(LEADING_LABELS, '').trim();
  const cut = t.search(/[。；]/);
  const heading = cut > 0 && cut < 60 ? t.slice(0, cut) : t.length <= 60 ? t : '';
  const body = heading ? t.slice(heading.length + 1) : t;
  return createSection(1, heading, { paragraphs: body ? [body] : [] });
}

/** The same section flattened to one level (the table has no tree). */
function flat(s: Section): Section {
  return createSection(1, s.heading, { id: s.id, paragraphs: s.paragraphs });
}

export interface RowMatch {
  /** index of the row → the matched section, or null */
  section: Section | null;
  score: number;
}

/** Matches each text to at most one section of doc (each section to at most one text). */
export function matchTextsToSections(
  texts: readonly string[],
  doc: YaodianDocument,
  only?: (s: Section) => boolean,
): RowMatch[] {
  const sections = flatten(doc.sections)
    .map((f) => f.section)
    .filter((s) => !only || only(s));
  const dict = new BigramDictionary();
  const olds = buildNodes(createDocument({ sections: texts.map(asSection) }), dict);
  const news = buildNodes(createDocument({ sections: sections.map(flat) }), dict);
  const m = matchSections(olds, news);
  return texts.map((_, i) => {
    const n = m.oldToNew[i];
    return n >= 0 ? { section: sections[n], score: m.score[i] } : { section: null, score: 0 };
  });
}
