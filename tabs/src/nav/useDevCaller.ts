import type { Caller, Me } from '@vp/shared';
import { useMemo } from 'react';
import type { ApiClient } from '../api/client';
import { useLoad, type Load } from '../recover/useLoad';

/**
 * Who the caller is, as a page finds it: in entra mode the signed-in person's caller from GET /api/me
 * (no development identities, none asked for); in local mode the development identities and the one
 * chosen. `load` is the request, for the page's LoadFailure: without it the caller is unknown and
 * nothing editable.
 */
export function useDevCaller(api: ApiClient, identity: string | null, signedIn?: Me): { devUsers: Caller[]; caller: Caller | null; load: Load<Caller[]> } {
  const local = signedIn === undefined;
  const load = useLoad(useMemo(() => (local ? () => api.listDevUsers() : undefined), [api, local]));
  const devUsers = load.data ?? [];
  return { devUsers, caller: signedIn ? signedIn.caller : (devUsers.find((u) => u.id === identity) ?? null), load };
}
