import type { AuthenticationResult } from '@azure/msal-browser';
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
  let back: AuthenticationResult | null = null;
  let cameBackWith: string | null = null;
  try {
    back = await msal.handleRedirectPromise();
  } catch (error) {
    // Back without a sign-in (cancelled, consent declined, an error at the sign-in page): only signing
    // in again helps, so the person is asked again and told why, not shown a failure.
    console.warn(error);
    cameBackWith = errorCodeOf(error);
  }
  if (back?.account) msal.setActiveAccount(back.account);
  return {
    kind: 'redirect',
    async token(fresh = false) {
      const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
      if (!account) throw new SignInRequired(null, cameBackWith);
      try {
        return (await msal.acquireTokenSilent({ scopes, account, forceRefresh: fresh })).accessToken;
      } catch (error) {
        throw needsPerson(error) ? new SignInRequired(error, cameBackWith) : error;
      }
    },
    // Leaves the page; the person comes back to where they were.
    signIn: () => msal.loginRedirect({ scopes }),
  };
}

/** Entra's own error number (AADSTS65004) for whoever helps the person, else MSAL's error code (or the error's name). */
function errorCodeOf(error: unknown): string {
  const { errorCode, errorMessage } = (error ?? {}) as { errorCode?: unknown; errorMessage?: unknown };
  const aadsts = typeof errorMessage === 'string' ? /AADSTS\d+/.exec(errorMessage)?.[0] : undefined;
  if (aadsts) return aadsts;
  if (typeof errorCode === 'string' && errorCode) return errorCode;
  return error instanceof Error ? error.name : 'Error';
}
