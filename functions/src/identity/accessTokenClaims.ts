import { z } from 'zod';

const guid = z.guid();

/**
 * The claims of an Entra ID v2.0 access token for this API that the API reads, after jose has checked
 * signature, issuer, audience and lifetime. Tokens carry many more claims; they pass through unread.
 */
export const AccessTokenClaims = z.looseObject({
  /** the person's object id: who they are in every app of the tenant */
  oid: guid,
  /** the tenant that issued the token */
  tid: guid,
  /** display name; absent when the profile is not shared, then preferred_username or oid names them */
  name: z.string().min(1).optional(),
  preferred_username: z.string().min(1).optional(),
  /** delegated scopes, space-separated: a token for a person, not an app (app-only tokens have none) */
  scp: z.string().optional(),
  /** the API's app roles assigned to the person (Personal, Rektor, Avdelningschef, Lasare) */
  roles: z.array(z.string()).optional(),
  /** ids of groups the person is a member of, when the app registration emits group claims */
  groups: z.array(z.string()).optional(),
  /** set instead of groups when there were too many for the token (overage) */
  hasgroups: z.union([z.boolean(), z.literal('true')]).optional(),
  _claim_names: z.looseObject({ groups: z.string().optional() }).optional(),
  exp: z.number(),
  nbf: z.number().optional(),
});
export type AccessTokenClaims = z.infer<typeof AccessTokenClaims>;

/** The delegated scope every token for this API must carry. */
export const requiredScope = 'access_as_user';

export function hasRequiredScope(claims: AccessTokenClaims): boolean {
  return (claims.scp ?? '').split(' ').includes(requiredScope);
}

/** The token says its groups did not fit (overage): membership must be asked of Graph. */
export function groupsOverflowed(claims: AccessTokenClaims): boolean {
  return claims.groups === undefined && (claims.hasgroups === true || claims.hasgroups === 'true' || claims._claim_names?.groups !== undefined);
}
