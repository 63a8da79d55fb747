// STUB: replaced by its owner. Signature is the contract others code against.
import type { YaodianDocument } from '../../shared/model/types';

/** Reads a .txt/.docx/.json file into a document; throws an Error with a Chinese message naming the file. */
export async function loadDocumentFromFile(_path: string): Promise<YaodianDocument> {
  throw new Error('loadDocumentFromFile: not implemented yet');
}
