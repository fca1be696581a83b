import { GraphError } from '@microsoft/microsoft-graph-client';
import { StoreError, type StoreErrorCode } from '@vp/shared';

const codes: Record<number, StoreErrorCode> = { 404: 'NOT_FOUND', 409: 'CONFLICT', 412: 'PRECONDITION_FAILED' };

/** Turns Graph's expected failures (404, 409, 412) into StoreErrors; anything else is rethrown as is. */
export function toStoreError(error: unknown, what: string): unknown {
  if (error instanceof GraphError) {
    const code = codes[error.statusCode];
    if (code !== undefined) return new StoreError(code, `${what}: ${error.message}`);
  }
  return error;
}
