// Errors the store raises when it cannot be opened; messages are Chinese and name the file.
import { UserError } from '../../shared/errors';

export type StoreErrorCode = 'store-locked' | 'newer-schema' | 'migration-failed' | 'io';

export class StoreError extends UserError {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(code === 'store-locked' ? 'store-locked' : code === 'io' ? 'io' : 'internal', message);
  }
}

/** SQLite reports a file that is not a database, or a database with broken pages. */
export function isDamageError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT'));
}

export function isBusyError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}
