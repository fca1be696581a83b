// Strings of signing in with Entra ID: the prompt when only the person can go on, who is signed in, and no access.
const sv = {
  title: 'Logga in på Verksamhetsplan',
  /** Teams: NAA's or Teams' own consent window */
  explainTeams:
    'Verksamhetsplan använder ditt konto i organisationen. Första gången behöver du godkänna att appen får logga in dig: välj Fortsätt och godkänn i fönstret som öppnas.',
  /** A browser: MSAL's redirect to the organisation's sign-in page */
  explainBrowser: 'Verksamhetsplan använder ditt konto i organisationen (Microsoft Entra ID). Välj Logga in; du kommer tillbaka hit när du har loggat in.',
  continueTeams: 'Fortsätt',
  continueBrowser: 'Logga in',
  signingIn: 'Loggar in…',
  failed: 'Inloggningen misslyckades.',
  /** back from the sign-in page without being signed in: cancelled, consent declined, or an error there */
  cameBackWith: (code: string) => `Du kom tillbaka utan att vara inloggad (felkod ${code}). Välj Logga in för att försöka igen.`,
  /** Teams' or MSAL's window closed before the sign-in was done (Teams: CancelledByUser; MSAL: user_cancelled) */
  cancelled: 'Inloggningsfönstret stängdes innan du var inloggad. Välj Fortsätt för att försöka igen.',
  /** anything else the window or the host answered: in Swedish, with their words kept as the technical detail */
  interactiveFailed: (detail: string) => `Inloggningen kunde inte slutföras. Välj Fortsätt för att försöka igen; hjälper inte det, visa den här uppgiften för den som förvaltar appen: ${detail}`,
  starting: 'Loggar in…',
  signedInAs: (name: string) => `Inloggad som ${name}`,
  noAccessTitle: 'Du har ingen behörighet i Verksamhetsplan än',
  noAccessWho: (name: string) => `Du är inloggad som ${name}.`,
  noAccessHelp: 'När behörigheten är ordnad: välj Försök igen.',
};
const en: typeof sv = {
  title: 'Sign in to the operational plan',
  explainTeams:
    'The operational plan uses your organisation account. The first time, you need to allow the app to sign you in: choose Continue and approve in the window that opens.',
  explainBrowser: 'The operational plan uses your organisation account (Microsoft Entra ID). Choose Sign in; you come back here once signed in.',
  continueTeams: 'Continue',
  continueBrowser: 'Sign in',
  signingIn: 'Signing in…',
  failed: 'Signing in failed.',
  cameBackWith: (code) => `You came back without being signed in (error code ${code}). Choose Sign in to try again.`,
  cancelled: 'The sign-in window was closed before you were signed in. Choose Continue to try again.',
  interactiveFailed: (detail) => `Signing in could not be completed. Choose Continue to try again; if that does not help, show this to whoever runs the app: ${detail}`,
  starting: 'Signing in…',
  signedInAs: (name) => `Signed in as ${name}`,
  noAccessTitle: 'You have no access to the operational plan yet',
  noAccessWho: (name) => `You are signed in as ${name}.`,
  noAccessHelp: 'Once access is arranged, choose Try again.',
};
export const signIn = { sv, en };
