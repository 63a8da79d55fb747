// STUB: replaced by its owner. Signature is the contract others code against.
import type { YaodianDocument } from '../../model/types';
import type { SourceLine } from '../source-line';

export function importLines(_lines: SourceLine[]): YaodianDocument {
  throw new Error('importLines: not implemented yet');
}

export function importText(_text: string): YaodianDocument {
  throw new Error('importText: not implemented yet');
}
