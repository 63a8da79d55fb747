// Errors a handler raises on purpose, already in the contract's terms (code + Chinese message).
import type { ErrorCode } from '../../shared/api/contract';
import { UserError } from '../../shared/errors';

export class ServiceError extends UserError {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(code, message);
  }
}

export const notFound = (message: string) => new ServiceError('not-found', message);
export const invalidOperation = (message: string) => new ServiceError('invalid-operation', message);
export const conflict = (message: string) => new ServiceError('conflict', message);
