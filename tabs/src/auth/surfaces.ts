import type { Configuration, IPublicClientApplication } from '@azure/msal-browser';

/** The parts of MSAL's public client application the tab uses (a fake in tests). */
export type MsalClient = Pick<
  IPublicClientApplication,
  'acquireTokenSilent' | 'acquireTokenPopup' | 'handleRedirectPromise' | 'loginRedirect' | 'getActiveAccount' | 'setActiveAccount' | 'getAllAccounts'
>;

/**
 * What token acquisition needs from teams-js and MSAL, as functions: entraSurfaces.ts gives the real
 * ones (loaded only in entra mode), the tests fakes.
 */
export interface SignInSurfaces {
  /** teams-js nestedAppAuth.isNAAChannelRecommended(): the Teams host wants Nested App Authentication */
  isNAAChannelRecommended(): boolean;
  /** teams-js authentication.getAuthToken: Teams SSO, a token for the app's webApplicationInfo resource */
  getAuthToken(request: { silent: boolean }): Promise<string>;
  /** MSAL createNestablePublicClientApplication: NAA through the host's bridge */
  createNestable(configuration: Configuration): Promise<MsalClient>;
  /** MSAL createStandardPublicClientApplication: the browser's own redirect flow */
  createStandard(configuration: Configuration): Promise<MsalClient>;
}
