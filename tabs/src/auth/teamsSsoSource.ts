import type { SignInSurfaces } from './surfaces';
import { SignInRequired, type TokenSource } from './tokenSource';

/**
 * Teams SSO, for Teams clients that do not offer NAA: getAuthToken answers a token for the manifest's
 * webApplicationInfo resource (the API), cached and renewed by Teams, so it is asked for every request.
 * Silently first; a failure there means consent is missing, which Teams asks for when not silent.
 */
export function teamsSsoSource(getAuthToken: SignInSurfaces['getAuthToken']): TokenSource {
  return {
    kind: 'teams-sso',
    async token() {
      try {
        return await getAuthToken({ silent: true });
      } catch (error) {
        throw new SignInRequired(error);
      }
    },
    async signIn() {
      await getAuthToken({ silent: false });
    },
  };
}
