// STUB: replaced by its owner. Signature is the contract others code against.
import type { YaodianDocument } from '../model/types';
import type { CompareReport } from './types';

export function compareDocuments(_oldDoc: YaodianDocument, _newDoc: YaodianDocument): CompareReport {
  throw new Error('compareDocuments: not implemented yet');
}
