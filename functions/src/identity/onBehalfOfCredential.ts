import { ManagedIdentityCredential, OnBehalfOfCredential, type TokenCredential } from '@azure/identity';
import type { EntraSettings, GraphCredentialSettings } from '../config';

/**
 * The audience of a managed identity's token that an app registration's federated credential accepts,
 * per cloud (Entra's documented values).
 */
export function tokenExchangeAudience(authorityHost: string): string {
  const host = new URL(authorityHost).hostname;
  if (host.endsWith('.us')) return 'api://AzureADTokenExchangeUSGov/.default';
  if (host.endsWith('.cn')) return 'api://AzureADTokenExchangeChina/.default';
  return 'api://AzureADTokenExchange/.default';
}

/**
 * A credential for Graph as the person whose token for our API came in (OAuth2 on-behalf-of), signed
 * by the API's app registration: with its certificate or secret, or in Azure with no secret at all, by
 * the managed identity's token as a federated credential of the app registration.
 */
export function onBehalfOfCredential(settings: EntraSettings, credential: GraphCredentialSettings, userToken: string): TokenCredential {
  const app = { tenantId: settings.tenantId, clientId: settings.clientId, userAssertionToken: userToken, authorityHost: settings.authorityHost };
  switch (credential.kind) {
    case 'clientSecret':
      return new OnBehalfOfCredential({ ...app, clientSecret: credential.clientSecret });
    case 'certificate':
      return new OnBehalfOfCredential({ ...app, certificatePath: credential.certificatePath });
    case 'managedIdentity': {
      const identity = credential.clientId ? new ManagedIdentityCredential({ clientId: credential.clientId }) : new ManagedIdentityCredential();
      const audience = tokenExchangeAudience(settings.authorityHost);
      return new OnBehalfOfCredential({ ...app, getAssertion: async () => (await identity.getToken(audience)).token });
    }
  }
}
