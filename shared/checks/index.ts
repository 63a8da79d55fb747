// STUB: replaced by its owner. Signature is the contract others code against.
import type { YaodianDocument } from '../model/types';
import type { Finding } from './types';

export function runChecks(_doc: YaodianDocument): Finding[] {
  throw new Error('runChecks: not implemented yet');
}

/** Applies a finding's safe fix; returns the document unchanged when the finding has none. */
export function applyFix(doc: YaodianDocument, _finding: Finding): YaodianDocument {
  return doc;
}
