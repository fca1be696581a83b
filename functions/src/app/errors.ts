import type { FieldError } from '@vp/shared';

export type AppErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'PRECONDITION_REQUIRED'
  | 'PAYLOAD_TOO_LARGE'
  /** Stored data that does not parse (a row edited by hand): an administrator must fix it. */
  | 'STORED_DATA_INVALID';

/** An expected failure with a stable code and a message a user can read (Swedish). */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: { fields?: FieldError[]; current?: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}
