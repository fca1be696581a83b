import type { IdentifyCaller } from '../app/services';
import type { EntraSettings } from '../config';
import { requiredScope } from './accessTokenClaims';
import { bearerChallenge } from './bearerChallenge';
import { bearerToken } from './bearerToken';
import { tokenRejections } from './tokenRejection';
import { accessTokenVerifier, type VerifierOptions } from './verifyAccessToken';

const signIn = 'Du måste logga in med ditt konto i organisationen för att använda Verksamhetsplan.';

/**
 * Entra mode: every request's bearer token is checked (verifyAccessToken); without one, or with one
 * that is refused, nobody is signed in and the 401 carries the Bearer challenge. A valid token is a
 * signed-in person, named by its oid and name.
 */
export function entraIdentity(settings: EntraSettings, options: VerifierOptions = {}): IdentifyCaller {
  const verify = accessTokenVerifier(settings, options);
  const scope = `${settings.appIdUri}/${requiredScope}`;
  return async (headers) => {
    const sent = bearerToken(headers);
    if (sent.kind === 'none') return { signedIn: false, message: signIn, challenge: bearerChallenge(scope) };
    const check = sent.kind === 'token' ? await verify(sent.token) : ({ valid: false, rejection: tokenRejections.malformed } as const);
    if (!check.valid) return { signedIn: false, message: check.rejection.message, challenge: bearerChallenge(scope, check.rejection) };
    const { oid, name, preferred_username } = check.claims;
    // Roles and units from the token come with the next step; until then a valid sign-in may do nothing.
    const reason = 'Verksamhetsplan läser ännu inte roller och enheter från Entra ID, så ditt konto har ingen behörighet än.';
    return { signedIn: true, me: { id: oid, name: name ?? preferred_username ?? oid, caller: null, reason } };
  };
}
