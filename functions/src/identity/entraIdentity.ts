import type { IdentifyCaller } from '../app/services';

/**
 * Production: Entra ID bearer tokens. Token validation and role mapping come with the sign-in issue;
 * until then no caller is recognised, so a deployed API answers 401 rather than trusting anyone.
 */
export const entraIdentity: IdentifyCaller = async () => null;
