import { needsPerson } from './needsPerson';
import type { MsalClient } from './surfaces';
import { SignInRequired, type TokenSource } from './tokenSource';

/**
 * A plain browser with a tenant configured: MSAL's redirect flow. Coming back from the sign-in page,
 * handleRedirectPromise picks the answer up (the redirect bridge page, auth.html, hands it over) and
 * that account is used; tokens then come silently from MSAL's cache, renewed before they expire.
 */
export async function redirectSource(msal: MsalClient, scope: string): Promise<TokenSource> {
  const scopes = [scope];
  const back = await msal.handleRedirectPromise();
  if (back?.account) msal.setActiveAccount(back.account);
  return {
    kind: 'redirect',
    async token(fresh = false) {
      const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
      if (!account) throw new SignInRequired(null);
      try {
        return (await msal.acquireTokenSilent({ scopes, account, forceRefresh: fresh })).accessToken;
      } catch (error) {
        throw needsPerson(error) ? new SignInRequired(error) : error;
      }
    },
    // Leaves the page; the person comes back to where they were.
    signIn: () => msal.loginRedirect({ scopes }),
  };
}
