// The one error hierarchy: every error meant for the user is a UserError, whose message is already one Chinese
// line naming the file or field and the problem, and whose apiCode is what the contract's Result carries.
// Anything else that reaches the dispatcher is a programming fault (logged, reported as "internal").
import type { ErrorCode } from './api/contract';

export class UserError extends Error {
  constructor(
    readonly apiCode: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
