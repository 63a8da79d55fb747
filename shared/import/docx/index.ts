// STUB: replaced by its owner. Signature is the contract others code against.
import type { YaodianDocument } from '../../model/types';
import { ImportError } from '../errors';

export async function importDocx(_bytes: Uint8Array): Promise<YaodianDocument> {
  throw new ImportError('not-docx', '暂不支持导入 .docx');
}
