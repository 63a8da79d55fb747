// Small helpers shared by the handler groups.
import type { Handlers, Method, StoredDocument } from '../../shared/api/contract';
import type { Drafts } from './drafts';

export type HandlerGroup<K extends Method> = Pick<Handlers, K>;

/** Callers get their own copy: the cached document must never be mutated from outside. */
export const copy = <T>(value: T): T => structuredClone(value);

export function stored(drafts: Drafts, id: string): StoredDocument {
  return { summary: drafts.summary(id), document: copy(drafts.load(id).document) };
}

/** The year a document is for (one rule for the app and the back end). */
export { inferYear } from '../../shared/model/document-year';

const HAS_CHINESE = /[\u3400-\u9fff]/;

/** An Error whose message is already written for the user (Chinese) rather than a programming fault. */
export function isUserMessage(err: unknown): err is Error {
  return err instanceof Error && HAS_CHINESE.test(err.message);
}

export { formatTime } from '../../shared/model/dates';
