import { randomUUID } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { EntraSettings } from '../config';
import { fakeTokenEndpoint } from '../testing/fakeTokenEndpoint';
import { graphMemberGroups } from './graphMemberGroups';
import { tokenExchangeAudience } from './onBehalfOfCredential';

// The real OnBehalfOfCredential against a fake authority (msw, https), and a fake of Graph's
// checkMemberGroups that knows each person's groups from the on-behalf-of token it is sent.
const authority = fakeTokenEndpoint('https://login.microsoftonline.com');
const groupsOf = new Map<string, string[]>();
const graphCalls: { auth: string | null; groupIds: string[] }[] = [];
let graphDown = false;
const server = setupServer(
  ...authority.handlers,
  http.post('https://graph.microsoft.com/v1.0/me/checkMemberGroups', async ({ request }) => {
    const auth = request.headers.get('Authorization');
    const { groupIds } = (await request.json()) as { groupIds: string[] };
    graphCalls.push({ auth, groupIds });
    if (graphDown) return HttpResponse.json({ error: { code: 'serviceNotAvailable', message: 'down' } }, { status: 400 });
    if (groupIds.length > 20) return HttpResponse.json({ error: { code: 'Request_BadRequest', message: 'too many' } }, { status: 400 });
    const oid = /^Bearer obo:([^:]+):\d+$/.exec(auth ?? '')?.[1];
    if (oid === undefined) return HttpResponse.json({ error: { code: 'InvalidAuthenticationToken', message: 'no' } }, { status: 401 });
    return HttpResponse.json({ value: groupIds.filter((id) => groupsOf.get(oid)?.includes(id)) });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  graphCalls.length = 0;
  authority.tokenRequests.length = 0;
  graphDown = false;
});

const settings: EntraSettings = { tenantId: 'tenant-1', clientId: 'api-1', appIdUri: 'api://api-1', authorityHost: 'https://login.microsoftonline.com' };
const graph = { graphBaseUrl: 'https://graph.microsoft.com/v1.0', credential: { kind: 'clientSecret', tenantId: 'tenant-1', clientId: 'api-1', clientSecret: 'right-secret' } } as const;
/** A user's token for our API as the on-behalf-of flow passes it on (the fake authority reads only its oid). */
const userToken = (oid: string) => {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ oid, tid: 'tenant-1', aud: 'api-1', exp: Math.floor(Date.now() / 1000) + 3600 })}.signature`;
};
const linked = Array.from({ length: 45 }, () => randomUUID());

describe('graphMemberGroups', () => {
  it('asks Graph as the person, in calls of at most 20 groups, after one on-behalf-of token', async () => {
    const oid = randomUUID();
    groupsOf.set(oid, [linked[3]!, linked[27]!, linked[44]!, randomUUID()]);
    const check = graphMemberGroups(settings, graph);
    expect(await check(userToken(oid), linked)).toEqual([linked[3], linked[27], linked[44]]);
    expect(graphCalls.map((c) => c.groupIds.length)).toEqual([20, 20, 5]);
    expect(new Set(graphCalls.map((c) => c.auth))).toEqual(new Set([`Bearer obo:${oid}:1`]));
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
    groupsOf.set(eva, [linked[0]!]);
    groupsOf.set(olle, [linked[1]!]);
    const check = graphMemberGroups(settings, graph, { maxAgeMs: 60_000, now: () => now });
    const few = linked.slice(0, 5);
    expect(await Promise.all([check(userToken(eva), few), check(userToken(eva), few)])).toEqual([[linked[0]], [linked[0]]]);
    expect(await check(userToken(olle), few)).toEqual([linked[1]]);
    expect(graphCalls).toHaveLength(2);
    now += 59_999;
    await check(userToken(eva), few);
    expect(graphCalls).toHaveLength(2);
    now += 1;
    groupsOf.set(eva, []);
    expect(await check(userToken(eva), few)).toEqual([]);
    expect(graphCalls).toHaveLength(3);
  });

  it('answers unknown when Graph or the authority refuses, and asks again next time', async () => {
    const oid = randomUUID();
    groupsOf.set(oid, [linked[0]!]);
    const errors: unknown[] = [];
    graphDown = true;
    const check = graphMemberGroups(settings, graph, { onError: (e) => errors.push(e) });
    expect(await check(userToken(oid), linked.slice(0, 3))).toBeNull();
    graphDown = false;
    expect(await check(userToken(oid), linked.slice(0, 3))).toEqual([linked[0]]);
    const wrongSecret = graphMemberGroups(settings, { ...graph, credential: { ...graph.credential, clientSecret: 'wrong' } }, { onError: (e) => errors.push(e) });
    expect(await wrongSecret(userToken(oid), linked.slice(0, 3))).toBeNull();
    expect(errors).toHaveLength(2);
    expect(String(errors[1])).not.toContain('wrong');
  });

  it('asks nothing when no group is linked', async () => {
    expect(await graphMemberGroups(settings, graph)(userToken(randomUUID()), [])).toEqual([]);
    expect(graphCalls).toEqual([]);
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
