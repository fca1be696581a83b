import { createNestablePublicClientApplication, createStandardPublicClientApplication } from '@azure/msal-browser';
import { authentication, nestedAppAuth } from '@microsoft/teams-js';
import type { SignInSurfaces } from './surfaces';

/** The real teams-js and MSAL behind token acquisition; imported only in entra mode, so MSAL is its own chunk. */
export const entraSurfaces: SignInSurfaces = {
  isNAAChannelRecommended: () => nestedAppAuth.isNAAChannelRecommended(),
  getAuthToken: ({ silent }) => authentication.getAuthToken({ silent }),
  createNestable: (configuration) => createNestablePublicClientApplication(configuration),
  createStandard: (configuration) => createStandardPublicClientApplication(configuration),
};
