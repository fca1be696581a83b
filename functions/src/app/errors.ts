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
  | 'STORED_DATA_INVALID'
  /** A service the request depends on (the sign-in authority) cannot be reached: try again later. */
  | 'UNAVAILABLE';

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

/**
 * 401: nobody is signed in, or what was sent is not accepted. challenge is the WWW-Authenticate value
 * telling the client how to sign in (RFC 6750 for bearer tokens); null where there is none (local mode).
 */
export class AuthenticationError extends AppError {
  constructor(
    message: string,
    readonly challenge: string | null,
  ) {
    super('UNAUTHENTICATED', message);
    this.name = 'AuthenticationError';
  }
}
