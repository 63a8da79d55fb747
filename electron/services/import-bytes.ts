// The one import entry point on the Node side: the pure importer (shared/import) with the readers that need
// Node (PDF.js). The app's 导入, the CLI commands and batch export all come through here.
import { importBytes } from '../../shared/import/index';
import type { YaodianDocument } from '../../shared/model/types';
import { readPdfPages } from './pdf-text';

export function importFileBytes(bytes: Uint8Array, fileName: string): Promise<YaodianDocument> {
  return importBytes(bytes, fileName, { pdf: readPdfPages });
}
