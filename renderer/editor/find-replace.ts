// Find and replace in the open document (Ctrl+F / Ctrl+H) as plain functions of the model: the 要点 title,
// preamble, every heading and body paragraph, then the 红头 fields in the order the form shows them.
// A match never spans two paragraphs, as in Word's plain search.
import type { NoticeMeta, Section, YaodianDocument } from '../../shared/model/types';
import { setBlockText, textAt } from './commands';
import { addrKey, type BlockAddr } from './types';

/** The 红头 fields searched (free text only: dates and choices are not text to replace in). */
const SEARCHED_FIELDS = [
  'issuer',
  'issuerMark',
  'docNumber',
  'signer',
  'noticeTitle',
  'recipients',
  'coverParagraphs',
  'attachments',
  'signature',
  'note',
  'cc',
  'printedBy',
] as const satisfies ReadonlyArray<keyof NoticeMeta>;
type SearchedField = (typeof SEARCHED_FIELDS)[number];

export type Place =
  | { kind: 'block'; addr: BlockAddr }
  | {
      kind: 'meta';
      field: SearchedField;
      /** the line of a list field (通知正文, 附件), else null */ index: number | null;
    };

export interface Match {
  place: Place;
  start: number;
  length: number;
}

export function placeKey(p: Place): string {
  return p.kind === 'block' ? addrKey(p.addr) : `m:${p.field}:${p.index ?? ''}`;
}

/** Every searched text of the document with its place, in reading order. */
function searchedTexts(doc: YaodianDocument): Array<{ place: Place; text: string }> {
  const out: Array<{ place: Place; text: string }> = [];
  const block = (addr: BlockAddr, text: string) => out.push({ place: { kind: 'block', addr }, text });
  block({ kind: 'title' }, doc.meta.title ?? '');
  doc.preamble.forEach((text, index) => block({ kind: 'preamble', index }, text));
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      block({ kind: 'heading', sectionId: s.id }, s.heading);
      s.paragraphs.forEach((text, index) => block({ kind: 'para', sectionId: s.id, index }, text));
      walk(s.children);
    }
  };
  walk(doc.sections);
  for (const field of SEARCHED_FIELDS) {
    const v = doc.meta[field];
    if (Array.isArray(v)) v.forEach((text, index) => out.push({ place: { kind: 'meta', field, index }, text }));
    else if (v) out.push({ place: { kind: 'meta', field, index: null }, text: v });
  }
  return out;
}

/** Start offsets of `query` in `text`, left to right, not overlapping. */
export function occurrences(text: string, query: string): number[] {
  const out: number[] = [];
  if (!query) return out;
  for (let i = text.indexOf(query); i >= 0; i = text.indexOf(query, i + query.length)) out.push(i);
  return out;
}

export function findMatches(doc: YaodianDocument, query: string): Match[] {
  if (!query) return [];
  return searchedTexts(doc).flatMap(({ place, text }) =>
    occurrences(text, query).map((start) => ({ place, start, length: query.length })),
  );
}

function textOfPlace(doc: YaodianDocument, p: Place): string {
  if (p.kind === 'block') return textAt(doc, p.addr);
  const v = doc.meta[p.field];
  return (Array.isArray(v) ? v[p.index ?? 0] : v) ?? '';
}

function setPlaceText(doc: YaodianDocument, p: Place, text: string): YaodianDocument {
  if (p.kind === 'block') return setBlockText(doc, p.addr, text);
  const v = doc.meta[p.field];
  const value = Array.isArray(v) ? v.map((t, i) => (i === p.index ? text : t)) : text === '' ? null : text;
  return { ...doc, meta: { ...doc.meta, [p.field]: value } };
}

/** Replaces one match; null when the text there is no longer the query (the document changed meanwhile). */
export function replaceMatch(
  doc: YaodianDocument,
  m: Match,
  query: string,
  replacement: string,
): YaodianDocument | null {
  const text = textOfPlace(doc, m.place);
  if (text.slice(m.start, m.start + m.length) !== query) return null;
  return setPlaceText(doc, m.place, text.slice(0, m.start) + replacement + text.slice(m.start + m.length));
}

/** Replaces every match at once (one edit, so one undo step); `count` is how many were replaced. */
export function replaceAll(
  doc: YaodianDocument,
  query: string,
  replacement: string,
): { doc: YaodianDocument; count: number } {
  let next = doc;
  let count = 0;
  if (!query) return { doc, count };
  for (const { place, text } of searchedTexts(doc)) {
    const n = occurrences(text, query).length;
    if (!n) continue;
    next = setPlaceText(next, place, text.split(query).join(replacement));
    count += n;
  }
  return { doc: next, count };
}

/** The match to go to from `from` (the current one, or -1) in `direction`, wrapping around; -1 when none. */
export function step(matches: readonly Match[], from: number, direction: 1 | -1): number {
  if (!matches.length) return -1;
  if (from < 0 || from >= matches.length) return direction === 1 ? 0 : matches.length - 1;
  return (from + direction + matches.length) % matches.length;
}
