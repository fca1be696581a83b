import type { SignInConfig } from '@vp/shared';
import type { AuthSettings } from '../config';
import { requiredScope } from './accessTokenClaims';

/**
 * What the tab needs to sign in, from the API's own settings (so the tab and the API cannot disagree
 * on tenant, app or scope): the development identities without Entra, else the tenant's authority
 * and the API's access_as_user scope.
 */
export function signInConfigOf(auth: AuthSettings): SignInConfig {
  if (auth.mode === 'local') return { mode: 'local' };
  return {
    mode: 'entra',
    tenantId: auth.tenantId,
    clientId: auth.clientId,
    authority: `${auth.authorityHost}/${auth.tenantId}`,
    scope: `${auth.appIdUri}/${requiredScope}`,
  };
}
