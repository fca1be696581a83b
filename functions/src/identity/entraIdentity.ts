import { accessOf, type Store } from '@vp/shared';
import type { IdentifyCaller, Identification } from '../app/services';
import type { EntraSettings } from '../config';
import { requiredScope } from './accessTokenClaims';
import { bearerChallenge } from './bearerChallenge';
import { bearerToken } from './bearerToken';
import { groupLinksReader, linkedGroupIds, type GroupLinksReader } from './groupLinks';
import { graphMemberGroups } from './graphMemberGroups';
import { membershipUnknown, memberGroups, memberOfGroups, type CheckMemberGroups } from './groupMembership';
import { tokenRejections, type TokenRejection } from './tokenRejection';
import { accessTokenVerifier, type VerifierOptions } from './verifyAccessToken';

const signIn = 'Du måste logga in med ditt konto i organisationen för att använda Verksamhetsplan.';

export interface EntraIdentityOptions extends VerifierOptions {
  /** the groups' links to units and förvaltningar, shared with whoever changes them (default: read here, kept a minute) */
  links?: GroupLinksReader;
  /** membership for tokens whose groups overflowed (default: Graph on behalf of the user, or unknown without a credential) */
  checkMemberGroups?: CheckMemberGroups;
}

/**
 * Entra mode: every request's bearer token is checked (verifyAccessToken); without one, or with one
 * that is refused, nobody is signed in and the 401 carries the Bearer challenge. A valid token is a
 * signed-in person (oid, name) whose app roles and groups decide what they may do (accessOf).
 */
export function entraIdentity(settings: EntraSettings, store: Store, options: EntraIdentityOptions = {}): IdentifyCaller {
  const verify = accessTokenVerifier(settings, options);
  const links = options.links ?? groupLinksReader(store);
  const check =
    options.checkMemberGroups ??
    (settings.onBehalfOf ? graphMemberGroups(settings, settings.onBehalfOf, { onError: (error) => console.error('Gruppmedlemskap kunde inte hämtas från Graph:', error) }) : membershipUnknown);
  const scope = `${settings.appIdUri}/${requiredScope}`;
  const refused = (rejection: TokenRejection): Identification => ({ signedIn: false, message: rejection.message, challenge: bearerChallenge(scope, rejection) });
  return async (headers) => {
    const sent = bearerToken(headers);
    if (sent.kind === 'none') return { signedIn: false, message: signIn, challenge: bearerChallenge(scope) };
    if (sent.kind === 'malformed') return refused(tokenRejections.malformed);
    const checked = await verify(sent.token);
    if (!checked.valid) return refused(checked.rejection);
    const { claims } = checked;
    const groupLinks = await links.read();
    const groupIds = await memberGroups(claims, sent.token, linkedGroupIds(groupLinks), check);
    const name = claims.name ?? claims.preferred_username ?? claims.oid;
    const memberOf = (asked: readonly string[]) => memberOfGroups(claims, sent.token, asked, check);
    return { signedIn: true, me: accessOf({ id: claims.oid, name, roles: claims.roles ?? [], groupIds }, groupLinks), memberOf };
  };
}
