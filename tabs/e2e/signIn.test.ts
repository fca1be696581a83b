// Sign-in with Entra ID in the tab, end to end: the local host in entra mode (AUTH_MODE=entra against a
// fake Entra authority on this machine: metadata and keys over HTTP, tokens minted per run), and the
// tab in the stand-in Teams host handing out those tokens, by Teams SSO (getAuthToken) and by NAA.
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Request } from 'playwright-core';
import { entraIdentity } from '../../functions/src/identity/entraIdentity';
import { signInConfigOf } from '../../functions/src/identity/signInConfig';
import { demoGroupIds } from '../../functions/src/seed/demo/groups';
import { startFakeAuthority, type FakeAuthority } from '../../functions/src/testing/fakeAuthority';
import { flowTimeoutMs, hag, startTab, year, type TabFixture } from './tabFixture';
import { openInTeams, proxyTabOrigin, tabOrigin } from './teamsHost';

jest.setTimeout(flowTimeoutMs);

let authority: FakeAuthority;
let tab: TabFixture;
beforeAll(async () => {
  authority = await startFakeAuthority();
  tab = await startTab((store) => ({ identify: entraIdentity(authority.settings, store), devUsers: [], anonymousReads: false, signIn: signInConfigOf(authority.settings) }));
});
afterAll(async () => {
  await tab?.stop();
  await authority?.close();
});

/** An access token for the API as the fake tenant issues it: a person, their app roles and groups. */
const tokenFor = (name: string, roles: string[], groups: string[], oid = randomUUID(), claims: Record<string, unknown> = {}) =>
  authority.mint({ ...authority.claimsFor({ oid, name }), roles, groups, ...claims });

/** Chromium with the tab's https origin proxied to the local host; records the tab's API requests' headers. */
async function teamsContext() {
  const context: BrowserContext = await tab.chromium({ thirdPartyStorage: 'allowed' });
  await proxyTabOrigin(context, tab.origin);
  const errors: string[] = [];
  context.on('weberror', (e) => errors.push(String(e.error())));
  const apiRequests: { path: string; headers: Record<string, string> }[] = [];
  context.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.origin === tabOrigin && url.pathname.startsWith('/api/')) apiRequests.push({ path: url.pathname, headers: request.headers() });
  });
  return { context, errors, apiRequests };
}

const planPath = `index.html#/plan/${hag}/${year}`;

describe('the tab signed in with Entra ID in Teams', () => {
  it('Teams SSO: asks for consent with a Swedish explanation, then shows who is signed in and reads the plan with the bearer token', async () => {
    const { context, errors, apiRequests } = await teamsContext();
    try {
      const token = await tokenFor('Anna Rektor', ['Rektor'], [demoGroupIds.hagerstensasen]);
      const teams = await openInTeams(context, { path: planPath, frameContext: 'content', authTokens: { tokens: [token], consentFirst: true } });
      const { frame } = teams;

      // The silent call fails before consent: the tab explains, in Swedish, and waits for the button.
      await frame.getByRole('heading', { name: 'Logga in på Verksamhetsplan' }).waitFor();
      await frame.getByText(/Första gången behöver du godkänna/).waitFor();
      await frame.getByRole('button', { name: 'Fortsätt' }).click();

      await frame.getByText('Inloggad som Anna Rektor').waitFor();
      await frame.getByRole('region', { name: /^1\.3 I Stockholm når barn/ }).waitFor();
      // A rektor of the unit may edit its own goals: the caller came from the token's role and group.
      await frame.getByRole('button', { name: /Lägg till enhetsmål/ }).first().waitFor();
      expect(await frame.getByLabel('Utvecklingsidentitet').count()).toBe(0);

      // A link carries no token: the Word export is fetched with it instead.
      const docx = context.waitForEvent('response', (r) => new URL(r.url()).pathname === `/api/units/${hag}/plans/${year}.docx`);
      await frame.getByRole('link', { name: 'Ladda ner planen som Word' }).click();
      const answer = await docx;
      expect([answer.status(), await answer.request().headerValue('authorization')]).toEqual([200, `Bearer ${token}`]);
      expect(answer.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');

      const getAuthToken = (await teams.messages()).filter((m) => m.func === 'authentication.getAuthToken').map((m) => m.args[2]);
      expect(getAuthToken.slice(0, 2)).toEqual([true, false]); // silent first, then Teams asks the person
      const signedInCalls = apiRequests.filter((r) => r.path !== '/api/signin');
      expect(signedInCalls.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/me', '/api/units', `/api/units/${hag}/plans/${year}`]));
      for (const call of signedInCalls) {
        expect([call.path, call.headers.authorization]).toEqual([call.path, `Bearer ${token}`]);
        expect(call.headers['x-dev-user']).toBeUndefined();
      }
      expect(apiRequests.find((r) => r.path === '/api/signin')?.headers.authorization).toBeUndefined();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('renews a token the API refuses (expired) once, and goes on', async () => {
    const { context, errors, apiRequests } = await teamsContext();
    try {
      const now = Math.floor(Date.now() / 1000);
      const expired = await tokenFor('Anna Rektor', ['Rektor'], [demoGroupIds.hagerstensasen], randomUUID(), { iat: now - 7200, nbf: now - 7200, exp: now - 3600 });
      const valid = await tokenFor('Anna Rektor', ['Rektor'], [demoGroupIds.hagerstensasen]);
      const teams = await openInTeams(context, { path: planPath, frameContext: 'content', authTokens: { tokens: [expired, valid] } });
      await teams.frame.getByText('Inloggad som Anna Rektor').waitFor();
      await teams.frame.getByRole('region', { name: /^1\.3 I Stockholm når barn/ }).waitFor();
      const me = apiRequests.filter((r) => r.path === '/api/me').map((r) => r.headers.authorization);
      expect(me).toEqual([`Bearer ${expired}`, `Bearer ${valid}`]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('NAA: gets the token from the host’s bridge for the API’s scope, silently, and reads the plan with it', async () => {
    const { context, errors, apiRequests } = await teamsContext();
    try {
      const oid = randomUUID();
      const token = await tokenFor('Bo Personal', ['Personal'], [demoGroupIds.hagerstensasen], oid);
      const idToken = await authority.mint({ ...authority.claimsFor({ oid, name: 'Bo Personal' }), aud: authority.clientId, preferred_username: 'bo@skola.example' });
      const teams = await openInTeams(context, { path: planPath, frameContext: 'content', naa: { accessToken: token, idToken, tenantId: authority.tenantId, oid, name: 'Bo Personal' } });
      const { frame } = teams;
      await frame.getByText('Inloggad som Bo Personal').waitFor();
      await frame.getByRole('region', { name: /^1\.3 I Stockholm når barn/ }).waitFor();

      const bridge = (await frame.evaluate(() => (window as unknown as { naaRequests: { method: string; tokenParams?: { scope?: string; clientId?: string } }[] }).naaRequests)) ?? [];
      expect(bridge[0]?.method).toBe('GetInitContext');
      const tokenRequests = bridge.filter((r) => r.method !== 'GetInitContext');
      expect(tokenRequests.length).toBeGreaterThan(0);
      for (const r of tokenRequests) {
        expect(r.method).toBe('GetToken'); // silent: no popup was needed
        expect(r.tokenParams?.clientId).toBe(authority.clientId);
        expect(r.tokenParams?.scope?.split(' ')).toContain(`api://${authority.clientId}/access_as_user`);
      }
      expect((await teams.messages()).some((m) => m.func === 'authentication.getAuthToken')).toBe(false);
      const signedInCalls = apiRequests.filter((r) => r.path !== '/api/signin');
      expect(signedInCalls.length).toBeGreaterThan(2);
      for (const call of signedInCalls) expect([call.path, call.headers.authorization]).toEqual([call.path, `Bearer ${token}`]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a valid sign-in without a role: says why in Swedish and who is signed in, instead of a blank page', async () => {
    const { context, errors } = await teamsContext();
    try {
      const token = await tokenFor('Cilla Utanroll', [], [demoGroupIds.hagerstensasen]);
      const teams = await openInTeams(context, { path: planPath, frameContext: 'content', authTokens: { tokens: [token] } });
      const { frame } = teams;
      await frame.getByRole('heading', { name: 'Du har ingen behörighet i Verksamhetsplan än' }).waitFor();
      await frame.getByText(/Ditt konto har ingen roll i Verksamhetsplan/).waitFor();
      await frame.getByText('Du är inloggad som Cilla Utanroll.').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
