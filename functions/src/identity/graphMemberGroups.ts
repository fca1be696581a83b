import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { EntraSettings, GraphCredentialSettings } from '../config';
import { createGraphClient } from '../sharepoint/graphClient';
import type { CheckMemberGroups } from './groupMembership';
import { onBehalfOfCredential } from './onBehalfOfCredential';

/** Graph's checkMemberGroups takes at most 20 group ids per call. */
const MAX_GROUPS_PER_CALL = 20;
const CheckMemberGroupsResponse = z.object({ value: z.array(z.string()) });

export interface GraphMemberGroupsOptions {
  /** how long an answer is kept for the same token and groups (default five minutes) */
  maxAgeMs?: number;
  /** how long a failure is kept before Graph is asked again (default 30 seconds), so a misconfigured exchange is not retried on every request */
  failureMaxAgeMs?: number;
  now?: () => number;
  /** told when Graph could not be asked (the person then has no unit until it can) */
  onError?: (error: unknown) => void;
}

/**
 * Membership asked of Graph as the person (POST /me/checkMemberGroups on behalf of the user), for
 * tokens whose groups overflowed: only the linked groups, in calls of 20, kept for a few minutes per
 * token so a page's requests ask once. Graph failing: unknown (null), asked again after half a minute.
 */
export function graphMemberGroups(
  settings: EntraSettings,
  graph: { graphBaseUrl: string; credential: GraphCredentialSettings },
  options: GraphMemberGroupsOptions = {},
): CheckMemberGroups {
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  const failureMaxAgeMs = options.failureMaxAgeMs ?? 30_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { groups: Promise<string[] | null>; until: number }>();

  async function ask(userToken: string, groupIds: readonly string[]): Promise<string[] | null> {
    const client = createGraphClient({ baseUrl: graph.graphBaseUrl, credential: onBehalfOfCredential(settings, graph.credential, userToken) });
    const chunks: string[][] = [];
    for (let i = 0; i < groupIds.length; i += MAX_GROUPS_PER_CALL) chunks.push(groupIds.slice(i, i + MAX_GROUPS_PER_CALL));
    try {
      // one after another: the first call gets the on-behalf-of token the others reuse
      const member: string[] = [];
      for (const chunk of chunks) member.push(...CheckMemberGroupsResponse.parse(await client.api('/me/checkMemberGroups').post({ groupIds: chunk })).value);
      return member;
    } catch (error) {
      options.onError?.(error);
      return null;
    }
  }

  return async (userToken, groupIds) => {
    if (groupIds.length === 0) return [];
    const key = createHash('sha256').update(userToken).update('\n').update([...groupIds].sort().join(',')).digest('base64url');
    const at = now();
    for (const [k, entry] of cache) if (entry.until <= at) cache.delete(k);
    const hit = cache.get(key);
    if (hit) return hit.groups;
    const groups = ask(userToken, groupIds);
    cache.set(key, { groups, until: at + maxAgeMs });
    const answer = await groups;
    if (answer === null) cache.set(key, { groups, until: at + failureMaxAgeMs });
    return answer;
  };
}
