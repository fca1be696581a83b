import { groupsOverflowed, type AccessTokenClaims } from './accessTokenClaims';

/**
 * Which of these groups the person is a member of, asked of Microsoft Graph (checkMemberGroups) on
 * behalf of the user with their token; null when it cannot be asked.
 */
export type CheckMemberGroups = (userToken: string, groupIds: readonly string[]) => Promise<string[] | null>;

/**
 * The seam for tokens whose groups overflowed: Graph on behalf of the user needs the on-behalf-of
 * flow (a later stage). Until then their groups are unknown, and such a person gets no unit.
 */
export const checkMemberGroupsNotYetAvailable: CheckMemberGroups = async () => null;

/**
 * The person's groups: the token's groups claim, or, when the token says they did not fit (overage),
 * Graph asked about the linked groups only. null: unknown. No claim and no overage: no groups.
 */
export async function memberGroups(
  claims: AccessTokenClaims,
  userToken: string,
  linkedGroupIds: () => Promise<string[]>,
  check: CheckMemberGroups,
): Promise<readonly string[] | null> {
  if (!groupsOverflowed(claims)) return claims.groups ?? [];
  return check(userToken, await linkedGroupIds());
}
