import type { FieldError } from '@vp/shared';

export type AppErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'PRECONDITION_REQUIRED'
  | 'PAYLOAD_TOO_LARGE';

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
