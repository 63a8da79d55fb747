// STUB: replaced by its owner. Signature is the contract others code against.
import type { YaodianDocument } from '../model/types';

/** Imports a file's bytes (.txt in any common encoding, .docx, .json interchange), by content. */
export async function importBytes(_bytes: Uint8Array, _fileName: string): Promise<YaodianDocument> {
  throw new Error('importBytes: not implemented yet');
}
