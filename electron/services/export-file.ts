// STUB: replaced by its owner. Signature is the contract others code against.
import type { YaodianDocument } from '../../shared/model/types';
import type { ExportOptions } from '../../shared/export';

/** Exports to .docx atomically (temporary file, then rename); Chinese errors for locked/unwritable targets. */
export async function exportDocumentToFile(_doc: YaodianDocument, _path: string, _options: ExportOptions = {}): Promise<{ path: string; bytes: number; profile: string; warnings: string[] }> {
  throw new Error('exportDocumentToFile: not implemented yet');
}
