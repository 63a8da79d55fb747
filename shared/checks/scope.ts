// The text a check reads and a fix rewrites: every heading, paragraph and notice field, each with its owner.
import type { NoticeMeta, Section, YaodianDocument } from '../model/types';
import { FIELD_NAMES, type FieldKey } from './locations';

export interface TextUnit {
  text: string;
  sectionId: string | null;
  /** notice field (NoticeMeta key) or 'preamble'; null for a section */
  field: FieldKey | null;
  part: 'heading' | 'paragraph' | 'field';
  /** position among the paragraphs of its section, or within a list field such as coverParagraphs */
  index: number;
}

/** Notice fields holding free text (dates and 文号 are checked on their own). */
const TEXT_FIELDS = [
  'issuer',
  'issuerMark',
  'noticeTitle',
  'recipients',
  'coverParagraphs',
  'attachments',
  'signature',
  'note',
  'cc',
  'printedBy',
  'title',
] as const satisfies readonly (keyof NoticeMeta)[];

export function textUnits(doc: YaodianDocument): TextUnit[] {
  const units: TextUnit[] = [];
  for (const field of TEXT_FIELDS) {
    const v = doc.meta[field];
    if (Array.isArray(v))
      v.forEach((text, index) => units.push({ text, sectionId: null, field, part: 'field', index }));
    else if (typeof v === 'string' && v !== '')
      units.push({ text: v, sectionId: null, field, part: 'field', index: 0 });
  }
  doc.preamble.forEach((text, index) =>
    units.push({ text, sectionId: null, field: 'preamble', part: 'paragraph', index }),
  );
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      if (s.heading) units.push({ text: s.heading, sectionId: s.id, field: null, part: 'heading', index: 0 });
      s.paragraphs.forEach((text, index) =>
        units.push({ text, sectionId: s.id, field: null, part: 'paragraph', index }),
      );
      walk(s.children);
    }
  };
  walk(doc.sections);
  return units;
}

export interface Scope {
  sectionId: string | null;
  field: string | null;
}

type Rewrite = (text: string, part: TextUnit['part']) => string;

function rewriteSections(list: Section[], id: string | null, fn: Rewrite): Section[] {
  let changed = false;
  const out = list.map((s) => {
    let next = s;
    if (id === null || s.id === id) {
      const heading = fn(s.heading, 'heading');
      const paragraphs = s.paragraphs.map((p) => fn(p, 'paragraph'));
      if (heading !== s.heading || paragraphs.some((p, i) => p !== s.paragraphs[i]))
        next = { ...s, heading, paragraphs };
    }
    if (id === null || s.id !== id) {
      const children = rewriteSections(s.children, id, fn);
      if (children !== s.children) next = { ...next, children };
    }
    if (next !== s) changed = true;
    return next;
  });
  return changed ? out : list;
}

function rewriteField(doc: YaodianDocument, field: string, fn: Rewrite): YaodianDocument {
  if (field === 'preamble') return { ...doc, preamble: doc.preamble.map((p) => fn(p, 'paragraph')) };
  if (!(field in FIELD_NAMES)) return doc;
  const v = doc.meta[field as keyof NoticeMeta];
  if (Array.isArray(v)) return { ...doc, meta: { ...doc.meta, [field]: v.map((t) => fn(t, 'field')) } };
  if (typeof v === 'string') return { ...doc, meta: { ...doc.meta, [field]: fn(v, 'field') } };
  return doc;
}

/** Applies fn to every text in scope: one section (not its children), one field, or (both null) everything. */
export function rewriteScope(doc: YaodianDocument, scope: Scope, fn: Rewrite): YaodianDocument {
  if (scope.field) return rewriteField(doc, scope.field, fn);
  if (scope.sectionId) return { ...doc, sections: rewriteSections(doc.sections, scope.sectionId, fn) };
  let out = doc;
  for (const f of [...TEXT_FIELDS, 'preamble']) out = rewriteField(out, f, fn);
  return { ...out, sections: rewriteSections(out.sections, null, fn) };
}
