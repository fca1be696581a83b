import { ClientCertificateCredential, ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { GraphCredentialSettings } from '../config';

/**
 * The credential the Functions call Graph with (as the app, not a user): in Azure the managed
 * identity, so no secret exists to leak or expire; elsewhere the app registration's certificate or
 * secret. @azure/identity caches the token and renews it before it expires.
 */
export function graphCredential(settings: GraphCredentialSettings, authorityHost: string): TokenCredential {
  switch (settings.kind) {
    case 'managedIdentity':
      return settings.clientId ? new ManagedIdentityCredential({ clientId: settings.clientId }) : new ManagedIdentityCredential();
    case 'clientSecret':
      return new ClientSecretCredential(settings.tenantId, settings.clientId, settings.clientSecret, { authorityHost });
    case 'certificate':
      return new ClientCertificateCredential(settings.tenantId, settings.clientId, { certificatePath: settings.certificatePath }, { authorityHost });
  }
}
