// Errors a handler raises on purpose, already in the contract's terms (code + Chinese message).
import type { ErrorCode } from '../../shared/api/contract';

export class ServiceError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const notFound = (message: string) => new ServiceError('not-found', message);
export const invalidOperation = (message: string) => new ServiceError('invalid-operation', message);
export const conflict = (message: string) => new ServiceError('conflict', message);
