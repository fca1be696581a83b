// Which way the tab gets its token, and how each way behaves, against fakes of teams-js and MSAL:
// NAA where the Teams host recommends it, Teams SSO (getAuthToken) where not, MSAL's redirect flow in
// a plain browser; silent first, the person only when nothing else works.
import type { AccountInfo, AuthenticationResult, Configuration } from '@azure/msal-browser';
import { chooseTokenSource, type EntraSignIn } from './chooseTokenSource';
import type { MsalClient, SignInSurfaces } from './surfaces';
import { SignInRequired } from './tokenSource';

const settings: EntraSignIn = {
  mode: 'entra',
  tenantId: '6f3c1a52-2d6e-4a0b-9a57-0c1f2e3d4b5a',
  clientId: 'c0ffee00-0000-4000-8000-000000000001',
  authority: 'https://login.microsoftonline.com/6f3c1a52-2d6e-4a0b-9a57-0c1f2e3d4b5a',
  scope: 'api://plan.example/c0ffee00-0000-4000-8000-000000000001/access_as_user',
};
const bridge = 'https://plan.example/auth.html';
const account = { homeAccountId: 'oid.tid', localAccountId: 'oid', environment: 'login.microsoftonline.com', tenantId: settings.tenantId, username: 'anna@skola.example' } as AccountInfo;

/** An MSAL client whose calls are recorded; silent answers token-N unless told to fail. */
function fakeMsal(options: { accounts?: AccountInfo[]; redirectResult?: AuthenticationResult | null; redirectFails?: Error; silentFails?: Error } = {}) {
  const calls: { method: string; request?: unknown }[] = [];
  let active: AccountInfo | null = null;
  let n = 0;
  const result = (method: string) => async (request?: unknown) => {
    calls.push({ method, request });
    if (method === 'acquireTokenSilent' && options.silentFails) throw options.silentFails;
    return { accessToken: `token-${++n}`, account } as AuthenticationResult;
  };
  const client: MsalClient = {
    acquireTokenSilent: result('acquireTokenSilent'),
    acquireTokenPopup: result('acquireTokenPopup'),
    handleRedirectPromise: async () => {
      if (options.redirectFails) throw options.redirectFails;
      return options.redirectResult ?? null;
    },
    loginRedirect: async (request) => void calls.push({ method: 'loginRedirect', request }),
    getActiveAccount: () => active,
    setActiveAccount: (a) => void (active = a),
    getAllAccounts: () => options.accounts ?? [],
  };
  return { client, calls };
}

function surfaces(options: { naa: boolean; msal?: ReturnType<typeof fakeMsal>; authToken?: (silent: boolean) => Promise<string> }) {
  const made: { how: 'nestable' | 'standard'; configuration: Configuration }[] = [];
  const authTokenCalls: boolean[] = [];
  const msal = options.msal ?? fakeMsal();
  const fake: SignInSurfaces = {
    isNAAChannelRecommended: () => options.naa,
    getAuthToken: async ({ silent }) => {
      authTokenCalls.push(silent);
      return (options.authToken ?? (async () => 'sso-token'))(silent);
    },
    createNestable: async (configuration) => (made.push({ how: 'nestable', configuration }), msal.client),
    createStandard: async (configuration) => (made.push({ how: 'standard', configuration }), msal.client),
  };
  return { fake, made, authTokenCalls, msal };
}

const interactionRequired = () => Object.assign(new Error('AADSTS65001: consent required'), { name: 'InteractionRequiredAuthError', errorCode: 'consent_required' });

describe('in Teams, when the host recommends NAA', () => {
  it('uses MSAL’s nestable client for the API’s scope, silently, and forces a new token when asked', async () => {
    const world = surfaces({ naa: true });
    const source = await chooseTokenSource('teams', settings, world.fake, bridge);
    expect(source.kind).toBe('naa');
    expect(world.made).toEqual([{ how: 'nestable', configuration: expect.objectContaining({ auth: expect.objectContaining({ clientId: settings.clientId, authority: settings.authority }) }) }]);
    await expect(source.token()).resolves.toBe('token-1');
    await expect(source.token(true)).resolves.toBe('token-2');
    expect(world.msal.calls.map((c) => c.request)).toEqual([
      expect.objectContaining({ scopes: [settings.scope], forceRefresh: false }),
      expect.objectContaining({ scopes: [settings.scope], forceRefresh: true }),
    ]);
    expect(world.authTokenCalls).toEqual([]);
  });

  it('asks the person only when MSAL says interaction is required, then by the host’s popup', async () => {
    const world = surfaces({ naa: true, msal: fakeMsal({ silentFails: interactionRequired() }) });
    const source = await chooseTokenSource('teams', settings, world.fake, bridge);
    await expect(source.token()).rejects.toBeInstanceOf(SignInRequired);
    await source.signIn();
    expect(world.msal.calls.at(-1)).toEqual({ method: 'acquireTokenPopup', request: { scopes: [settings.scope] } });
  });

  it('passes any other failure on as it is (not a sign-in prompt)', async () => {
    const world = surfaces({ naa: true, msal: fakeMsal({ silentFails: new Error('network down') }) });
    const source = await chooseTokenSource('teams', settings, world.fake, bridge);
    await expect(source.token()).rejects.toThrow('network down');
  });
});

describe('in Teams without NAA', () => {
  it('asks Teams SSO (getAuthToken) silently, and MSAL not at all', async () => {
    const world = surfaces({ naa: false });
    const source = await chooseTokenSource('teams', settings, world.fake, bridge);
    expect(source.kind).toBe('teams-sso');
    await expect(source.token()).resolves.toBe('sso-token');
    expect(world.authTokenCalls).toEqual([true]);
    expect(world.made).toEqual([]);
  });

  it('needs the person when the silent call fails, and then lets Teams ask for consent', async () => {
    const world = surfaces({ naa: false, authToken: async (silent) => (silent ? Promise.reject(new Error('resourceRequiresConsent')) : 'consented-token') });
    const source = await chooseTokenSource('teams', settings, world.fake, bridge);
    await expect(source.token()).rejects.toBeInstanceOf(SignInRequired);
    await source.signIn();
    expect(world.authTokenCalls).toEqual([true, false]);
  });
});

describe('in a plain browser', () => {
  it('uses MSAL’s redirect flow, returning to the redirect bridge page; without an account the person must sign in', async () => {
    const world = surfaces({ naa: true }); // a browser never asks teams-js
    const source = await chooseTokenSource('browser', settings, world.fake, bridge);
    expect(source.kind).toBe('redirect');
    expect(world.made).toEqual([{ how: 'standard', configuration: expect.objectContaining({ auth: expect.objectContaining({ clientId: settings.clientId, authority: settings.authority, redirectUri: bridge }) }) }]);
    await expect(source.token()).rejects.toMatchObject({ name: 'SignInRequired', cameBackWith: null });
    await source.signIn();
    expect(world.msal.calls).toEqual([{ method: 'loginRedirect', request: { scopes: [settings.scope] } }]);
  });

  it('after the redirect back, uses that account silently', async () => {
    const msal = fakeMsal({ redirectResult: { account } as AuthenticationResult });
    const source = await chooseTokenSource('browser', settings, surfaces({ naa: false, msal }).fake, bridge);
    await expect(source.token()).resolves.toBe('token-1');
    expect(msal.calls).toEqual([{ method: 'acquireTokenSilent', request: { scopes: [settings.scope], account, forceRefresh: false } }]);
  });

  it('back from the sign-in page without a sign-in (consent declined), asks the person again with Entra’s error number', async () => {
    // As MSAL's ServerError carries the redirect's error and error_description.
    const declined = Object.assign(new Error('access_denied: AADSTS65004: User declined to consent to access the app.'), {
      name: 'ServerError',
      errorCode: 'access_denied',
      errorMessage: 'AADSTS65004: User declined to consent to access the app.',
    });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const msal = fakeMsal({ redirectFails: declined });
      const source = await chooseTokenSource('browser', settings, surfaces({ naa: false, msal }).fake, bridge);
      const refused = await source.token().catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(SignInRequired);
      expect((refused as SignInRequired).cameBackWith).toBe('AADSTS65004');
      await source.signIn();
      expect(msal.calls).toEqual([{ method: 'loginRedirect', request: { scopes: [settings.scope] } }]);
      expect(warn).toHaveBeenCalledWith(declined);
    } finally {
      warn.mockRestore();
    }
  });

  it('without an Entra error number, names MSAL’s error code', async () => {
    const broken = Object.assign(new Error('state_mismatch: State mismatch error.'), { errorCode: 'state_mismatch', errorMessage: 'State mismatch error.' });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const source = await chooseTokenSource('browser', settings, surfaces({ naa: false, msal: fakeMsal({ redirectFails: broken }) }).fake, bridge);
      await expect(source.token()).rejects.toMatchObject({ name: 'SignInRequired', cameBackWith: 'state_mismatch' });
    } finally {
      warn.mockRestore();
    }
  });

  it('uses an account MSAL already knows, and asks the person when its session has ended', async () => {
    const msal = fakeMsal({ accounts: [account], silentFails: interactionRequired() });
    const source = await chooseTokenSource('browser', settings, surfaces({ naa: false, msal }).fake, bridge);
    await expect(source.token()).rejects.toBeInstanceOf(SignInRequired);
    expect(msal.calls[0]?.request).toEqual({ scopes: [settings.scope], account, forceRefresh: false });
  });
});
