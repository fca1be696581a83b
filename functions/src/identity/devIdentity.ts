import type { Caller } from '@vp/shared';
import type { IdentifyCaller } from '../app/services';

export const devUserHeader = 'x-dev-user';

/**
 * Local mode: the caller names a development identity in the x-dev-user header. Only the local
 * host wires this in (config refuses AUTH_MODE=local anywhere else).
 */
export function devIdentity(users: Caller[]): IdentifyCaller {
  return async (headers) => {
    const id = headers.get(devUserHeader);
    return id ? (users.find((u) => u.id === id) ?? null) : null;
  };
}
