import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import type { EntraSettings } from '../config';
import { fakeTokenEndpoint } from '../testing/fakeTokenEndpoint';
import { GraphFake } from '../testing/graphFake';
import { graphMemberGroups } from './graphMemberGroups';
import { tokenExchangeAudience } from './onBehalfOfCredential';

// The real OnBehalfOfCredential against a fake authority (msw, https), and the Graph fake, whose
// directory knows each person's groups and who "me" is from the on-behalf-of token it is sent.
const authority = fakeTokenEndpoint('https://login.microsoftonline.com');
const fake = new GraphFake();
const server = setupServer(...authority.handlers, ...fake.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  fake.resetLog();
  authority.tokenRequests.length = 0;
});
/** The checkMemberGroups calls that reached the fake, with the group ids each carried. */
const graphCalls = () => fake.requestsTo('POST', /^\/me\/checkMemberGroups$/);

const settings: EntraSettings = { mode: 'entra', tenantId: 'tenant-1', clientId: 'api-1', appIdUri: 'api://api-1', authorityHost: 'https://login.microsoftonline.com' };
const graph = { graphBaseUrl: 'https://graph.microsoft.com/v1.0', credential: { kind: 'clientSecret', tenantId: 'tenant-1', clientId: 'api-1', clientSecret: 'right-secret' } } as const;
/** One expiry for the run, so a person's token is the same string whenever it is made. */
const expiresAt = Math.floor(Date.now() / 1000) + 3600;
/** A user's token for our API as the on-behalf-of flow passes it on (the fake authority reads only its oid). */
const userToken = (oid: string) => {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ oid, tid: 'tenant-1', aud: 'api-1', exp: expiresAt })}.signature`;
};
const linked = Array.from({ length: 45 }, () => randomUUID());

describe('graphMemberGroups', () => {
  it('asks Graph as the person, in calls of at most 20 groups, after one on-behalf-of token', async () => {
    const oid = randomUUID();
    fake.directory.setMemberGroups(oid, [linked[3]!, linked[27]!, linked[44]!, randomUUID()]);
    const check = graphMemberGroups(settings, graph);
    expect(await check(userToken(oid), linked)).toEqual([linked[3], linked[27], linked[44]]);
    // the fake refuses more than 20 ids a call, and knows "me" only from an on-behalf-of token
    expect(graphCalls().map((c) => c.status)).toEqual([200, 200, 200]);
    expect(authority.tokenRequests).toHaveLength(1);
    const form = authority.tokenRequests[0]!.form;
    expect(authority.tokenRequests[0]!.url).toBe('https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token');
    expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(form.get('requested_token_use')).toBe('on_behalf_of');
    expect(form.get('assertion')).toBe(userToken(oid));
    expect(form.get('client_id')).toBe('api-1');
    expect(form.get('scope')).toContain('https://graph.microsoft.com/.default');
  });

  it('keeps the answer for a few minutes per token, and each person gets their own', async () => {
    let now = 1_000_000;
    const [eva, olle] = [randomUUID(), randomUUID()];
    fake.directory.setMemberGroups(eva, [linked[0]!]);
    fake.directory.setMemberGroups(olle, [linked[1]!]);
    const check = graphMemberGroups(settings, graph, { maxAgeMs: 60_000, now: () => now });
    const few = linked.slice(0, 5);
    expect(await Promise.all([check(userToken(eva), few), check(userToken(eva), few)])).toEqual([[linked[0]], [linked[0]]]);
    expect(await check(userToken(olle), few)).toEqual([linked[1]]);
    expect(graphCalls()).toHaveLength(2);
    now += 59_999;
    await check(userToken(eva), few);
    expect(graphCalls()).toHaveLength(2);
    now += 1;
    fake.directory.setMemberGroups(eva, []);
    expect(await check(userToken(eva), few)).toEqual([]);
    expect(graphCalls()).toHaveLength(3);
  });

  it('answers unknown when Graph or the authority refuses, and asks again after half a minute', async () => {
    let now = 1_000_000;
    const oid = randomUUID();
    fake.directory.setMemberGroups(oid, [linked[0]!]);
    const errors: unknown[] = [];
    const whoIs = fake.directory.whoIs;
    fake.directory.whoIs = () => undefined; // Graph answers 400 to every /me
    const check = graphMemberGroups(settings, graph, { onError: (e) => errors.push(e), now: () => now });
    expect(await check(userToken(oid), linked.slice(0, 3))).toBeNull();
    fake.directory.whoIs = whoIs;
    now += 29_999;
    expect(await check(userToken(oid), linked.slice(0, 3))).toBeNull();
    expect(graphCalls()).toHaveLength(1);
    now += 1;
    expect(await check(userToken(oid), linked.slice(0, 3))).toEqual([linked[0]]);
    const wrongSecret = graphMemberGroups(settings, { ...graph, credential: { ...graph.credential, clientSecret: 'wrong' } }, { onError: (e) => errors.push(e) });
    expect(await wrongSecret(userToken(oid), linked.slice(0, 3))).toBeNull();
    expect(errors).toHaveLength(2);
    expect(String(errors[1])).not.toContain('wrong');
  });

  it('asks nothing when no group is linked', async () => {
    expect(await graphMemberGroups(settings, graph)(userToken(randomUUID()), [])).toEqual([]);
    expect(graphCalls()).toEqual([]);
    expect(authority.tokenRequests).toEqual([]);
  });
});

describe('tokenExchangeAudience', () => {
  it('is the audience the app registration’s federated credential accepts, per cloud', () => {
    expect(tokenExchangeAudience('https://login.microsoftonline.com')).toBe('api://AzureADTokenExchange/.default');
    expect(tokenExchangeAudience('https://login.microsoftonline.us')).toBe('api://AzureADTokenExchangeUSGov/.default');
    expect(tokenExchangeAudience('https://login.chinacloudapi.cn')).toBe('api://AzureADTokenExchangeChina/.default');
  });
});
