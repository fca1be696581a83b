import { groupsOverflowed, type AccessTokenClaims } from './accessTokenClaims';

/**
 * Which of these groups the person is a member of, asked of Microsoft Graph (checkMemberGroups) on
 * behalf of the user with their token; null when it cannot be asked.
 */
export type CheckMemberGroups = (userToken: string, groupIds: readonly string[]) => Promise<string[] | null>;

/**
 * Where the API has no credential of its own to ask Graph on behalf of the user (locally without a
 * certificate or secret): the groups of a token whose groups overflowed are unknown, so no unit.
 */
export const membershipUnknown: CheckMemberGroups = async () => null;

/**
 * Which of these groups the person is a member of, in lower case: from the token's groups claim, or
 * Graph when it overflowed; null when unknown.
 */
export async function memberOfGroups(claims: AccessTokenClaims, userToken: string, groupIds: readonly string[], check: CheckMemberGroups): Promise<ReadonlySet<string> | null> {
  const found = await memberGroups(claims, userToken, groupIds, check);
  if (found === null) return null;
  const asked = new Set(groupIds.map((id) => id.toLowerCase()));
  return new Set(found.map((id) => id.toLowerCase()).filter((id) => asked.has(id)));
}

/**
 * The person's groups: the token's groups claim, or, when the token says they did not fit (overage),
 * Graph asked about the linked groups only. null: unknown. No claim and no overage: no groups.
 */
export async function memberGroups(
  claims: AccessTokenClaims,
  userToken: string,
  linkedGroupIds: readonly string[],
  check: CheckMemberGroups,
): Promise<readonly string[] | null> {
  if (!groupsOverflowed(claims)) return claims.groups ?? [];
  return check(userToken, linkedGroupIds);
}
