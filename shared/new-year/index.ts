// STUB: replaced by its owner. Signature is the contract others code against.
import type { YaodianDocument } from '../model/types';
import type { NewYearOptions, YearChange } from './types';

export function planNewYear(_doc: YaodianDocument, _options: NewYearOptions): { document: YaodianDocument; changes: YearChange[] } {
  throw new Error('planNewYear: not implemented yet');
}
