import type { Caller } from '@vp/shared';
import { useCallback } from 'react';
import type { ApiClient } from '../api/client';
import { useLoad, type Load } from '../recover/useLoad';

/**
 * The local mode's development identities, and the one chosen (the caller) — as the plan page finds them.
 * `load` is the request, for the page's LoadFailure: without it the caller is unknown and nothing editable.
 */
export function useDevCaller(api: ApiClient, identity: string | null): { devUsers: Caller[]; caller: Caller | null; load: Load<Caller[]> } {
  const load = useLoad(useCallback(() => api.listDevUsers(), [api]));
  const devUsers = load.data ?? [];
  return { devUsers, caller: devUsers.find((u) => u.id === identity) ?? null, load };
}
