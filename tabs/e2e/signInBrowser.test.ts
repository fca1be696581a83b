// Sign-in with Entra ID in a plain browser, end to end: MSAL's redirect flow (loginRedirect, back through
// auth.html, then acquireTokenSilent) against the fake Entra authority over https (a certificate made
// for this run, which only this Chromium and the host process trust), and the local host (npm start) in
// entra mode checking the tokens it issues. No Teams: the tab is opened at the host directly.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { demoGroupIds } from '../../functions/src/seed/demo/groups';
import { startFakeAuthority, type FakeAuthority } from '../../functions/src/testing/fakeAuthority';
import { startHostProcess, type HostProcess } from '../../functions/src/testing/hostProcess';
import { collectPageErrors, firstPage, openChromium, type ChromiumOptions } from './browser';
import { flowTimeoutMs, hag, year } from './tabFixture';

jest.setTimeout(flowTimeoutMs);

let authority: FakeAuthority;
let host: HostProcess;
let trustDir: string;
let apiScope: string;
beforeAll(async () => {
  authority = await startFakeAuthority({ https: true });
  apiScope = `${authority.settings.appIdUri}/access_as_user`;
  // The host reads the authority's metadata and keys over https: Node trusts this run's certificate too.
  trustDir = mkdtempSync(join(tmpdir(), 'vp-authority-'));
  writeFileSync(join(trustDir, 'authority.pem'), authority.certificate!.cert);
  host = await startHostProcess({
    AUTH_MODE: 'entra',
    AZURE_TENANT_ID: authority.tenantId,
    AZURE_CLIENT_ID: authority.clientId,
    AZURE_AUTHORITY_HOST: authority.origin,
    NODE_EXTRA_CA_CERTS: join(trustDir, 'authority.pem'),
  });
  // The app registration's SPA redirect URI, as README's "The app registration" names it for the local host.
  authority.signIn.allowRedirectUri(`${host.origin}/auth.html`);
}, flowTimeoutMs);
afterAll(async () => {
  await host?.stop();
  await authority?.close();
  if (trustDir) rmSync(trustDir, { recursive: true, force: true });
});

/** Chromium trusting the authority's certificate (only that one); records the tab's API requests, where the page went, and page errors. */
async function browser(options: Pick<ChromiumOptions, 'thirdPartyStorage'> = {}) {
  const context: BrowserContext = await openChromium({ ...options, trustedKeys: [authority.certificate!.spkiSha256] });
  const page = await firstPage(context);
  const errors = collectPageErrors(page);
  const apiCalls: { path: string; authorization: string | undefined }[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === host.origin && url.pathname.startsWith('/api/')) apiCalls.push({ path: url.pathname, authorization: request.headers().authorization });
  });
  const visited: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) visited.push(`${new URL(frame.url()).origin}${new URL(frame.url()).pathname}`);
  });
  return { context, page, errors, apiCalls, visited };
}

/** The prompt in Swedish, then Logga in: off to the authority and back through auth.html. */
async function signIn(page: Page) {
  await page.getByRole('heading', { name: 'Logga in på Verksamhetsplan' }).waitFor();
  await page.getByText(/du kommer tillbaka hit när du har loggat in/).waitFor();
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
}

const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
const issuedTokens = () => authority.signIn.tokenRequests.flatMap((r) => (r.accessToken ? [r.accessToken] : []));
const planRegion = (page: Page) => page.getByRole('region', { name: /^1\.3 I Stockholm når barn/ });

afterEach(() => authority.signIn.reset());

describe('the tab signed in with Entra ID in a browser (MSAL’s redirect flow)', () => {
  it('signs in at the authority, comes back through auth.html, and reads the plan with a bearer token for the API', async () => {
    authority.signIn.signInAs({ name: 'Anna Rektor', roles: ['Rektor'], groups: [demoGroupIds.hagerstensasen] });
    const { context, page, errors, apiCalls, visited } = await browser();
    try {
      await page.goto(`${host.origin}/`);
      await signIn(page);
      await page.getByText('Inloggad som Anna Rektor').waitFor();
      await planRegion(page).waitFor();
      // The sign-in page redirected straight to auth.html, which returned to the tab.
      expect(visited).toEqual([`${host.origin}/`, `${host.origin}/auth.html`, `${host.origin}/`]);
      // A rektor of the unit may edit its goals: the caller came from the token's role and group.
      await page.getByRole('button', { name: /Lägg till enhetsmål/ }).first().waitFor();
      expect(await page.getByLabel('Utvecklingsidentitet').count()).toBe(0);
      expect(new URL(page.url()).pathname).toBe('/');

      // One sign-in with PKCE at the registered redirect URI, one code redeemed from the tab's origin.
      const [authorize, ...moreAuthorize] = authority.signIn.authorizeRequests;
      expect(moreAuthorize).toEqual([]);
      expect([authorize?.get('redirect_uri'), authorize?.get('response_type'), authorize?.get('code_challenge_method')]).toEqual([`${host.origin}/auth.html`, 'code', 'S256']);
      expect(authority.signIn.tokenRequests.map(({ grantType, status, origin }) => ({ grantType, status, origin }))).toEqual([
        { grantType: 'authorization_code', status: 200, origin: host.origin },
      ]);
      // Only the API's own scope (and the sign-in's), never Graph's.
      expect(authority.signIn.tokenRequests[0]?.scope.sort()).toEqual([apiScope, 'offline_access', 'openid', 'profile'].sort());

      const [token] = issuedTokens();
      expect(claimsOf(token!)).toMatchObject({ aud: authority.clientId, scp: 'access_as_user', name: 'Anna Rektor', roles: ['Rektor'] });
      expect(apiCalls.find((c) => c.path === '/api/signin')?.authorization).toBeUndefined();
      const signedInCalls = apiCalls.filter((c) => c.path !== '/api/signin');
      expect(signedInCalls.map((c) => c.path)).toEqual(expect.arrayContaining(['/api/me', '/api/units', `/api/units/${hag}/plans/${year}`]));
      for (const call of signedInCalls) expect([call.path, call.authorization]).toEqual([call.path, `Bearer ${token}`]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('returns to the page the person started from, and a reload signs in silently from MSAL’s cache', async () => {
    authority.signIn.signInAs({ name: 'Lena Läsare', roles: ['Lasare'] });
    const { context, page, errors } = await browser();
    try {
      const deepLink = `${host.origin}/index.html#/plan/malarhojden-vastertorps-forskolor/${year}`;
      await page.goto(deepLink);
      await signIn(page);
      await page.getByText('Inloggad som Lena Läsare').waitFor();
      await page.getByRole('heading', { name: /Mälarhöjden\/Västertorps förskolor/ }).first().waitFor();
      await planRegion(page).waitFor();
      expect(page.url()).toBe(deepLink);
      // A läsare reads and writes nothing.
      expect(await page.getByRole('button', { name: /Lägg till enhetsmål/ }).count()).toBe(0);
      const signedIn = { authorize: authority.signIn.authorizeRequests.length, token: authority.signIn.tokenRequests.length };
      expect(signedIn).toEqual({ authorize: 1, token: 1 });

      await page.reload();
      await page.getByText('Inloggad som Lena Läsare').waitFor();
      await planRegion(page).waitFor();
      // Neither the sign-in page nor the token endpoint was asked again: the token came from the cache.
      expect({ authorize: authority.signIn.authorizeRequests.length, token: authority.signIn.tokenRequests.length }).toEqual(signedIn);
      expect(await page.getByRole('button', { name: 'Logga in', exact: true }).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('renews a token the API refuses (expired) with the refresh token, without asking the person', async () => {
    authority.signIn.signInAs({ name: 'Bo Personal', roles: ['Personal'], groups: [demoGroupIds.hagerstensasen] });
    authority.signIn.expireNextAccessToken();
    const { context, page, errors, apiCalls } = await browser();
    try {
      await page.goto(`${host.origin}/`);
      await signIn(page);
      await page.getByText('Inloggad som Bo Personal').waitFor();
      await planRegion(page).waitFor();
      expect(authority.signIn.tokenRequests.map((r) => [r.grantType, r.status])).toEqual([
        ['authorization_code', 200],
        ['refresh_token', 200],
      ]);
      const [expired, renewed] = issuedTokens();
      expect(apiCalls.filter((c) => c.path === '/api/me').map((c) => c.authorization)).toEqual([`Bearer ${expired}`, `Bearer ${renewed}`]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('renews in MSAL’s hidden frame at the authority when the refresh token is refused too, silently', async () => {
    authority.signIn.signInAs({ name: 'Bo Personal', roles: ['Personal'], groups: [demoGroupIds.hagerstensasen] });
    authority.signIn.expireNextAccessToken();
    authority.signIn.refuseRefreshTokens();
    // The frame at the authority carries its session cookie only where third-party cookies are allowed.
    const { context, page, errors, apiCalls } = await browser({ thirdPartyStorage: 'allowed' });
    try {
      await page.goto(`${host.origin}/`);
      await signIn(page);
      await page.getByText('Inloggad som Bo Personal').waitFor();
      await planRegion(page).waitFor();
      expect(authority.signIn.authorizeRequests.map((q) => q.get('prompt'))).toEqual([null, 'none']);
      expect(authority.signIn.tokenRequests.map((r) => [r.grantType, r.status])).toEqual([
        ['authorization_code', 200],
        ['refresh_token', 400],
        ['authorization_code', 200],
      ]);
      const [expired, renewed] = issuedTokens();
      expect(apiCalls.filter((c) => c.path === '/api/me').map((c) => c.authorization)).toEqual([`Bearer ${expired}`, `Bearer ${renewed}`]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('asks the person again when nothing silent works (refresh token refused, third-party cookies blocked)', async () => {
    authority.signIn.signInAs({ name: 'Bo Personal', roles: ['Personal'], groups: [demoGroupIds.hagerstensasen] });
    authority.signIn.expireNextAccessToken();
    authority.signIn.refuseRefreshTokens();
    const { context, page, errors } = await browser();
    try {
      await page.goto(`${host.origin}/`);
      await signIn(page);
      // The API refused the first token, the refresh token and the hidden frame failed: the prompt again, no failure.
      await signIn(page);
      await page.getByText('Inloggad som Bo Personal').waitFor();
      await planRegion(page).waitFor();
      expect(authority.signIn.authorizeRequests.map((q) => q.get('prompt'))).toEqual([null, 'none', null]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('back from the sign-in page without a sign-in (consent declined): asks again in Swedish with Entra’s error number', async () => {
    authority.signIn.signInAs({ name: 'Anna Rektor', roles: ['Rektor'], groups: [demoGroupIds.hagerstensasen] });
    authority.signIn.refuseNextSignIn('access_denied', 'AADSTS65004: User declined to consent to access the app.');
    const { context, page, errors } = await browser();
    try {
      await page.goto(`${host.origin}/`);
      await signIn(page);
      await page.getByText('Inloggningen misslyckades. Du kom tillbaka utan att vara inloggad (felkod AADSTS65004). Välj Logga in för att försöka igen.').waitFor();
      expect(await page.getByText(/declined/).count()).toBe(0);
      await signIn(page);
      await page.getByText('Inloggad som Anna Rektor').waitFor();
      await planRegion(page).waitFor();
      expect(authority.signIn.tokenRequests.map((r) => [r.grantType, r.status])).toEqual([['authorization_code', 200]]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a valid sign-in without a role: says why in Swedish and who is signed in, instead of a blank page', async () => {
    authority.signIn.signInAs({ name: 'Cilla Utanroll', groups: [demoGroupIds.hagerstensasen] });
    const { context, page, errors } = await browser();
    try {
      await page.goto(`${host.origin}/`);
      await signIn(page);
      await page.getByRole('heading', { name: 'Du har ingen behörighet i Verksamhetsplan än' }).waitFor();
      await page.getByText(/Ditt konto har ingen roll i Verksamhetsplan/).waitFor();
      await page.getByText('Du är inloggad som Cilla Utanroll.').waitFor();
      expect(await planRegion(page).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
