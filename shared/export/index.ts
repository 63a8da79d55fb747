// STUB: replaced by its owner. Signature is the contract others code against.
import type { YaodianDocument } from '../model/types';

export interface ExportOptions {
  /** a layout profile name or object; GB/T 9704-2012 by default */
  profile?: unknown;
  /** lay out 署名/成文日期 for a sealed document (default: without seal) */
  withSeal?: boolean;
}

export async function exportDocx(_doc: YaodianDocument, _options: ExportOptions = {}): Promise<Uint8Array> {
  throw new Error('exportDocx: not implemented yet');
}
