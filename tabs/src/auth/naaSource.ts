import { needsPerson } from './needsPerson';
import type { MsalClient } from './surfaces';
import { SignInRequired, type TokenSource } from './tokenSource';

/**
 * Nested App Authentication: MSAL asks the Teams host through its bridge, signed in as the person
 * using Teams (no sign-in of our own). Silent first; consent in the host's popup from a button.
 */
export function naaSource(msal: MsalClient, scope: string): TokenSource {
  const scopes = [scope];
  return {
    kind: 'naa',
    async token(fresh = false) {
      try {
        const result = await msal.acquireTokenSilent({ scopes, account: msal.getActiveAccount() ?? undefined, forceRefresh: fresh });
        return result.accessToken;
      } catch (error) {
        throw needsPerson(error) ? new SignInRequired(error) : error;
      }
    },
    async signIn() {
      await msal.acquireTokenPopup({ scopes });
    },
  };
}
