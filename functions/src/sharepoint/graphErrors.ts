import { GraphError } from '@microsoft/microsoft-graph-client';
import { storeErrors, type Kind } from '@vp/shared';

const byStatus = { 404: storeErrors.missing, 409: storeErrors.exists, 412: storeErrors.stale } as const;

/**
 * Turns Graph's expected failures of a write (404, 409, 412) into the StoreErrors every store throws,
 * with the same Swedish messages; anything else is rethrown as is.
 */
export function toStoreError(error: unknown, kind: Kind, id: string): unknown {
  if (error instanceof GraphError && error.statusCode in byStatus) return byStatus[error.statusCode as keyof typeof byStatus](kind, id);
  return error;
}
