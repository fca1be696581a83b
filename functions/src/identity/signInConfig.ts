import type { SignInConfig } from '@vp/shared';
import type { EntraSettings } from '../config';
import { requiredScope } from './accessTokenClaims';

/**
 * What the tab needs to sign in, from the API's own settings (so the tab and the API cannot disagree
 * on tenant, app or scope): the development identities without Entra, else the tenant's authority
 * and the API's access_as_user scope.
 */
export function signInConfigOf(entra: EntraSettings | null): SignInConfig {
  if (!entra) return { mode: 'local' };
  return {
    mode: 'entra',
    tenantId: entra.tenantId,
    clientId: entra.clientId,
    authority: `${entra.authorityHost}/${entra.tenantId}`,
    scope: `${entra.appIdUri}/${requiredScope}`,
  };
}
