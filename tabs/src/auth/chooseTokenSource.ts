import type { SignInConfig } from '@vp/shared';
import { naaSource } from './naaSource';
import { redirectSource } from './redirectSource';
import type { SignInSurfaces } from './surfaces';
import { teamsSsoSource } from './teamsSsoSource';
import type { TokenSource } from './tokenSource';

export type EntraSignIn = Extract<SignInConfig, { mode: 'entra' }>;

/**
 * Which way the tab gets its token: in Teams NAA when the host recommends it, else Teams SSO
 * (getAuthToken); in a plain browser MSAL's redirect flow, answered at the redirect bridge page.
 */
export async function chooseTokenSource(hostKind: 'teams' | 'browser', settings: EntraSignIn, surfaces: SignInSurfaces, bridgeUrl: string): Promise<TokenSource> {
  // MSAL trusts this authority as named (a national cloud's, or a test authority) without asking Microsoft's
  // instance discovery; a popup or redirect of MSAL's own (a nestable client without a bridge falls back to one) returns to the bridge page.
  const auth = { clientId: settings.clientId, authority: settings.authority, knownAuthorities: [new URL(settings.authority).host], redirectUri: bridgeUrl };
  if (hostKind === 'teams') {
    if (!surfaces.isNAAChannelRecommended()) return teamsSsoSource(surfaces.getAuthToken);
    // The host keeps the tokens; memory is enough, and a framed tab may have no storage at all.
    return naaSource(await surfaces.createNestable({ auth, cache: { cacheLocation: 'memoryStorage' } }), settings.scope);
  }
  return redirectSource(await surfaces.createStandard({ auth }), settings.scope);
}
