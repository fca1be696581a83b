import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import type { EntraSettings } from '../config';
import { fakeTokenEndpoint } from '../testing/fakeTokenEndpoint';
import { startFakeManagedIdentity, type FakeManagedIdentity } from '../testing/fakeManagedIdentity';
import { GraphFake } from '../testing/graphFake';
import { graphMemberGroups } from './graphMemberGroups';

// In Azure without a secret the on-behalf-of exchange is signed by the managed identity: its token for
// the token-exchange audience is the client assertion, which the app registration's federated
// credential trusts. Here the real credentials against a stand-in of App Service's identity endpoint,
// fake authorities that trust only the tokens it issued for their cloud's audience, and Graph fakes.
let identity: FakeManagedIdentity;
const issuedFor = (audience: string) => (assertion: string) => identity.issued.some((t) => t.token === assertion && t.resource === audience);
const clouds = {
  commercial: {
    authority: fakeTokenEndpoint('https://login.microsoftonline.com', 'no-secret-here', issuedFor('api://AzureADTokenExchange')),
    graph: new GraphFake(),
  },
  usGov: {
    authority: fakeTokenEndpoint('https://login.microsoftonline.us', 'no-secret-here', issuedFor('api://AzureADTokenExchangeUSGov')),
    graph: new GraphFake({ baseUrl: 'https://graph.microsoft.us/v1.0' }),
  },
};
const server = setupServer(...Object.values(clouds).flatMap((c) => [...c.authority.handlers, ...c.graph.handlers]));
let restoreEnvironment: () => void;

beforeAll(async () => {
  identity = await startFakeManagedIdentity({ userAssigned: ['mi-user-1'] });
  server.listen({ onUnhandledRequest: (request, print) => void (request.url.startsWith(identity.origin) || print.error()) });
});
afterAll(async () => {
  server.close();
  await identity.close();
});
beforeEach(() => {
  restoreEnvironment = identity.useInEnvironment();
  identity.requests.length = 0;
  for (const cloud of Object.values(clouds)) {
    cloud.authority.tokenRequests.length = 0;
    cloud.graph.resetLog();
  }
});
afterEach(() => restoreEnvironment());

/** One expiry for the run, so a person's token is the same string whenever it is made. */
const expiresAt = Math.floor(Date.now() / 1000) + 3600;
/** A user's token for our API as the on-behalf-of flow passes it on (the fake authority reads only its oid). */
const userToken = (oid: string) => {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ oid, aud: 'api-1', exp: expiresAt })}.signature`;
};
const entra = (authorityHost: string): EntraSettings => ({ mode: 'entra', tenantId: 'tenant-1', clientId: 'api-1', appIdUri: 'api://api-1', authorityHost });
const identityRequests = () => identity.requests.map((r) => ({ ...Object.fromEntries(r.query), header: r.header, status: r.status }));

describe('on-behalf-of signed by the managed identity', () => {
  it('sends the identity’s token for api://AzureADTokenExchange as the client assertion, asked once for everyone', async () => {
    const { authority, graph } = clouds.commercial;
    const [eva, olle] = [randomUUID(), randomUUID()];
    const [group, other] = [randomUUID(), randomUUID()];
    graph.directory.setMemberGroups(eva, [group]);
    graph.directory.setMemberGroups(olle, [other]);
    const check = graphMemberGroups(entra('https://login.microsoftonline.com'), { graphBaseUrl: 'https://graph.microsoft.com/v1.0', credential: { kind: 'managedIdentity' } });
    expect(await check(userToken(eva), [group, other])).toEqual([group]);
    expect(await check(userToken(olle), [group, other])).toEqual([other]);
    expect(identityRequests()).toEqual([{ 'api-version': '2019-08-01', resource: 'api://AzureADTokenExchange', header: identity.secret, status: 200 }]);
    const assertion = identity.issued.at(-1)!;
    expect(assertion).toMatchObject({ resource: 'api://AzureADTokenExchange', identity: 'system' });
    expect(authority.tokenRequests.map((r) => r.url)).toEqual(Array(2).fill('https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token'));
    for (const [i, oid] of [eva, olle].entries()) {
      const form = authority.tokenRequests[i]!.form;
      expect(form.get('client_assertion')).toBe(assertion.token);
      expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      expect(form.has('client_secret')).toBe(false);
      expect(form.get('client_id')).toBe('api-1');
      expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
      expect(form.get('requested_token_use')).toBe('on_behalf_of');
      expect(form.get('assertion')).toBe(userToken(oid));
      expect(form.get('scope')).toContain('https://graph.microsoft.com/.default');
    }
    expect(graph.requestsTo('POST', /^\/me\/checkMemberGroups$/).map((r) => r.status)).toEqual([200, 200]);
  });

  it('in a national cloud, as a user-assigned identity: that cloud’s exchange audience, the identity named by its client id', async () => {
    const { authority, graph } = clouds.usGov;
    const oid = randomUUID();
    const group = randomUUID();
    graph.directory.setMemberGroups(oid, [group]);
    const check = graphMemberGroups(entra('https://login.microsoftonline.us'), {
      graphBaseUrl: 'https://graph.microsoft.us/v1.0',
      credential: { kind: 'managedIdentity', clientId: 'mi-user-1' },
    });
    expect(await check(userToken(oid), [group])).toEqual([group]);
    expect(identityRequests()).toEqual([{ 'api-version': '2019-08-01', resource: 'api://AzureADTokenExchangeUSGov', client_id: 'mi-user-1', header: identity.secret, status: 200 }]);
    expect(identity.issued.at(-1)).toMatchObject({ resource: 'api://AzureADTokenExchangeUSGov', identity: 'mi-user-1' });
    expect(authority.tokenRequests.map((r) => [r.url, r.form.get('client_assertion'), r.form.get('scope')])).toEqual([
      ['https://login.microsoftonline.us/tenant-1/oauth2/v2.0/token', identity.issued.at(-1)!.token, expect.stringContaining('https://graph.microsoft.us/.default')],
    ]);
    expect(clouds.commercial.authority.tokenRequests).toEqual([]);
  });
});
