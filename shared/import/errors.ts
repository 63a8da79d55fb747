// Import failures the user can act on. Messages are Chinese and name the problem (the caller adds the file name).
import { UserError } from '../errors';

export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'encoding'
  | 'not-docx'
  | 'corrupt-docx'
  | 'no-content'
  | 'encrypted'
  | 'no-text-layer'
  | 'unsupported';

export class ImportError extends UserError {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super('bad-file', message);
  }
}

/** Files larger than this are refused before reading (a 要点 notice is tens of KB; 50 MB is surely wrong). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
