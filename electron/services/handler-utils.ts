// Small helpers shared by the handler groups.
import type { Handlers, Method, StoredDocument } from '../../shared/api/contract';
import type { YaodianDocument } from '../../shared/model/types';
import type { Drafts } from './drafts';

export type HandlerGroup<K extends Method> = Pick<Handlers, K>;

/** Callers get their own copy: the cached document must never be mutated from outside. */
export const copy = <T>(value: T): T => structuredClone(value);

export function stored(drafts: Drafts, id: string): StoredDocument {
  return { summary: drafts.summary(id), document: copy(drafts.load(id).document) };
}

const YEAR_IN_TEXT = /((?:19|20|21)\d{2})\s*年/;

/** The year a document is for: from its title, the notice's title, or its date. */
export function inferYear(doc: YaodianDocument): number | null {
  for (const text of [doc.meta.title, doc.meta.noticeTitle]) {
    const m = text ? YEAR_IN_TEXT.exec(text) : null;
    if (m) return Number(m[1]);
  }
  const date = doc.meta.date ? /^(\d{4})-/.exec(doc.meta.date) : null;
  return date ? Number(date[1]) : null;
}

const HAS_CHINESE = /[\u3400-\u9fff]/;

/** An Error whose message is already written for the user (Chinese) rather than a programming fault. */
export function isUserMessage(err: unknown): err is Error {
  return err instanceof Error && HAS_CHINESE.test(err.message);
}

export { formatTime } from '../../shared/model/dates';
