/**
 * Whether MSAL's failure is one only the person can resolve (sign in, consent, multi-factor):
 * InteractionRequiredAuthError, or no account signed in yet. By name and code, so this module
 * and its callers load without MSAL (the local mode never loads it).
 */
export function needsPerson(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'InteractionRequiredAuthError') return true;
  const code = (error as { errorCode?: unknown }).errorCode;
  return code === 'no_account_error' || code === 'interaction_required' || code === 'consent_required' || code === 'login_required';
}
