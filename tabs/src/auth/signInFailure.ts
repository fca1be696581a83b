import type { signIn } from '../i18n/signIn';

type Strings = (typeof signIn)['sv'];

/** Teams' getAuthToken and MSAL name a closed window so; anything else is kept as the technical detail. */
const cancelled = /CancelledByUser|user_cancelled/i;

/**
 * What the prompt says when pressing the button did not sign the person in: in their language, never
 * the host's or MSAL's English sentence alone (kept as the detail for whoever runs the app).
 */
export function signInFailureText(t: Strings, session: { cameBackWith: string | null; error: string | null }): string | null {
  if (session.cameBackWith !== null) return t.cameBackWith(session.cameBackWith);
  if (session.error === null) return null;
  return cancelled.test(session.error) ? t.cancelled : t.interactiveFailed(session.error);
}
