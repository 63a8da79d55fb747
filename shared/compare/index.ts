// Compare last year's document with this year's: sections matched by similarity (not position), then
// added, removed, moved, changed or unchanged, with character-level diffs of what changed.
import { FIELD_NAMES, sectionLocations, type FieldKey } from '../checks/locations';
import type { YaodianDocument } from '../model/types';
import { matchSections } from './matching';
import { differs, type CompareOptions } from './normalize';
import { findMoves } from './moves';
import { buildNodes } from './nodes';
import { BigramDictionary } from './similarity';
import { charDiff } from './text-diff';
import type { ChangeKind, CompareReport, FieldChange, SectionChange } from './types';

export type { CompareReport } from './types';
export type { CompareOptions } from './normalize';

const bodyText = (paragraphs: readonly string[]) => paragraphs.join('\n');

const COMPARED_FIELDS: FieldKey[] = [
  'issuerMark',
  'docNumber',
  'noticeTitle',
  'recipients',
  'coverParagraphs',
  'attachments',
  'signature',
  'date',
  'note',
  'cc',
  'printedBy',
  'printedDate',
  'title',
  'preamble',
];

function fieldText(doc: YaodianDocument, field: FieldKey): string {
  if (field === 'preamble') return bodyText(doc.preamble);
  const v = doc.meta[field];
  return Array.isArray(v) ? v.join('\n') : (v ?? '');
}

function fieldChanges(oldDoc: YaodianDocument, newDoc: YaodianDocument, opts: CompareOptions): FieldChange[] {
  return COMPARED_FIELDS.flatMap((field) => {
    const before = fieldText(oldDoc, field);
    const after = fieldText(newDoc, field);
    if (!differs(before, after, opts)) return [];
    return [{ field, name: FIELD_NAMES[field], before, after, diff: charDiff(before, after) }];
  });
}

export function compareDocuments(
  oldDoc: YaodianDocument,
  newDoc: YaodianDocument,
  opts: CompareOptions = {},
): CompareReport {
  const dict = new BigramDictionary();
  const olds = buildNodes(oldDoc, dict);
  const news = buildNodes(newDoc, dict);
  const m = matchSections(olds, news);
  const moves = findMoves(olds, news, m);
  const oldPaths = sectionLocations(oldDoc);
  const newPaths = sectionLocations(newDoc);

  const removedAfter = new Map<number, SectionChange[]>(); // new index → removed sections shown after it
  const leading: SectionChange[] = [];
  let anchor = -1;
  for (const o of olds) {
    const n = m.oldToNew[o.index];
    if (n >= 0) {
      anchor = n;
      continue;
    }
    const change: SectionChange = {
      kind: 'removed',
      oldSectionId: o.section.id,
      newSectionId: null,
      oldPath: oldPaths.get(o.section.id) ?? null,
      newPath: null,
      oldHeading: o.section.heading,
      newHeading: null,
      similarity: null,
      headingDiff: null,
      bodyDiff: null,
    };
    if (anchor < 0) leading.push(change);
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), change]);
  }

  const changes: SectionChange[] = [...leading];
  for (const n of news) {
    const oi = m.newToOld[n.index];
    const s = n.section;
    if (oi < 0) {
      changes.push({
        kind: 'added',
        oldSectionId: null,
        newSectionId: s.id,
        oldPath: null,
        newPath: newPaths.get(s.id) ?? null,
        oldHeading: null,
        newHeading: s.heading,
        similarity: null,
        headingDiff: null,
        bodyDiff: null,
      });
    } else {
      const o = olds[oi].section;
      const textChanged =
        differs(o.heading, s.heading, opts) || differs(bodyText(o.paragraphs), bodyText(s.paragraphs), opts);
      const move = moves[n.index];
      const kind: ChangeKind = move ? 'moved' : textChanged ? 'changed' : 'unchanged';
      changes.push({
        kind,
        oldSectionId: o.id,
        newSectionId: s.id,
        oldPath: oldPaths.get(o.id) ?? null,
        newPath: newPaths.get(s.id) ?? null,
        oldHeading: o.heading,
        newHeading: s.heading,
        similarity: Math.round(m.score[oi] * 1000) / 1000,
        headingDiff: textChanged ? charDiff(o.heading, s.heading) : null,
        bodyDiff: textChanged ? charDiff(bodyText(o.paragraphs), bodyText(s.paragraphs)) : null,
        move,
        textChanged,
      });
    }
    changes.push(...(removedAfter.get(n.index) ?? []));
  }

  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, moved: 0, changed: 0, unchanged: 0 };
  for (const c of changes) counts[c.kind]++;
  return { changes, counts, fields: fieldChanges(oldDoc, newDoc, opts) };
}
