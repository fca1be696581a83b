import { fakeError, type FakeResponse } from './graphFakeModel';

/** The most group ids Graph's checkMemberGroups takes in one call. */
const MAX_GROUP_IDS = 20;

/**
 * The fake's directory: each person's groups, and who "me" is for a bearer token. By default a token
 * `obo:{oid}:{n}` (what the fake token endpoint issues on behalf of a user) is the person `oid`; an app
 * token has no "me" (Graph answers 400 to /me without a signed-in user).
 */
export class FakeDirectory {
  private readonly groups = new Map<string, Set<string>>();
  whoIs: (token: string) => string | undefined = (token) => /^obo:([^:]+):\d+$/.exec(token)?.[1];

  setMemberGroups(oid: string, groupIds: readonly string[]): void {
    this.groups.set(oid, new Set(groupIds));
  }

  /** POST /me/checkMemberGroups: which of the given groups (≤ 20) the signed-in person is in. */
  checkMemberGroups(token: string, body: unknown): FakeResponse {
    const oid = this.whoIs(token);
    if (oid === undefined) return fakeError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
    const groupIds = (body as { groupIds?: unknown } | undefined)?.groupIds;
    if (!Array.isArray(groupIds) || !groupIds.every((id) => typeof id === 'string')) return fakeError(400, 'Request_BadRequest', 'groupIds is required.');
    if (groupIds.length > MAX_GROUP_IDS) return fakeError(400, 'Request_BadRequest', `The number of group ids exceeds the maximum of ${MAX_GROUP_IDS}.`);
    const member = this.groups.get(oid) ?? new Set<string>();
    return { status: 200, body: { value: groupIds.filter((id) => member.has(id)) } };
  }
}
