import type { Caller } from '@vp/shared';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';

/** The local mode's development identities, and the one chosen (the caller) — as the plan page finds them. */
export function useDevCaller(api: ApiClient, identity: string | null): { devUsers: Caller[]; caller: Caller | null } {
  const [devUsers, setDevUsers] = useState<Caller[]>([]);
  useEffect(() => {
    api.listDevUsers().then(setDevUsers, () => setDevUsers([]));
  }, [api]);
  return { devUsers, caller: devUsers.find((u) => u.id === identity) ?? null };
}
