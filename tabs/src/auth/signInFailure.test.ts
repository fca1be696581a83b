import { signIn } from '../i18n/signIn';
import { signInFailureText } from './signInFailure';

const t = signIn.sv;

describe('what the sign-in prompt says when the button did not sign the person in', () => {
  it.each([
    ['Teams: the person closed the consent window', 'CancelledByUser', t.cancelled],
    ['MSAL: the popup was closed', 'user_cancelled: User cancelled the flow.', t.cancelled],
    ['anything else: Swedish, with the words kept for support', 'FailedToOpenWindow', t.interactiveFailed('FailedToOpenWindow')],
  ])('%s', (_what, error, expected) => {
    expect(signInFailureText(t, { cameBackWith: null, error })).toBe(expected);
  });

  it('back from the sign-in page without being signed in: the error number, in Swedish', () => {
    expect(signInFailureText(t, { cameBackWith: 'AADSTS65004', error: null })).toBe(t.cameBackWith('AADSTS65004'));
  });

  it('nothing failed: nothing said', () => {
    expect(signInFailureText(t, { cameBackWith: null, error: null })).toBeNull();
  });

  it('never the English sentence alone', () => {
    const text = signInFailureText(t, { cameBackWith: null, error: 'The user declined.' })!;
    expect(text).toMatch(/^Inloggningen kunde inte slutföras\. /);
    expect(text.endsWith('The user declined.')).toBe(true);
  });
});
