import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import type { Actor, Approval, ApprovalDigest, ChannelPost, Store, Stored } from '@vp/shared';
import type { EntraSettings } from '../config';
import { SqliteStore } from '../sqlite/sqliteStore';
import { fakeTokenEndpoint } from '../testing/fakeTokenEndpoint';
import { GraphFake } from '../testing/graphFake';
import { channelGraphAs } from './channelGraph';
import { adaptiveCardContentType } from './channelMessage';
import { channelPostFor } from './channelPostFor';
import type { Clock } from './clock';
import { channelDispatcher, type DispatcherOptions } from './dispatcher';

// The real on-behalf-of credential against a fake authority, and the Graph fake's channels, which
// take a message only with a user's token issued for ChannelMessage.Send (and are read with
// ChannelMessage.Read.All). Time is a fake clock: waiting moves it on at once, nothing sleeps.
const authority = fakeTokenEndpoint('https://login.microsoftonline.com');
const fake = new GraphFake();
const server = setupServer(...authority.handlers, ...fake.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const entra: EntraSettings = { mode: 'entra', tenantId: 'tenant-1', clientId: 'api-1', appIdUri: 'api://api-1', authorityHost: 'https://login.microsoftonline.com' };
const graphSettings = { entra, graphBaseUrl: 'https://graph.microsoft.com/v1.0', credential: { kind: 'clientSecret', tenantId: 'tenant-1', clientId: 'api-1', clientSecret: 'right-secret' } } as const;
const teamId = '0b7c2f4e-1a2b-4c3d-8e9f-a0b1c2d3e4f5';
const channelId = '19:hagersten@thread.tacv2';
const links = { tabUrl: 'https://plan.example.se/index.html', teamsAppId: '11111111-2222-3333-4444-555555555555' };

let clock: Clock & { at: number };
/** The clock's time at each request that reached Graph, by method. */
let requestTimes: { method: string; at: number }[];
let store: SqliteStore;
let approval: Stored<Approval>;
const rektorOid = randomUUID();
const rektor: Actor = { id: rektorOid, name: 'Rut Rektor' };

/** A user's token for our API as the exchange passes it on: the fake authority reads its oid, the dispatcher its exp. */
function userToken(oid: string, lifetimeSeconds = 3600): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ oid, tid: 'tenant-1', aud: 'api-1', exp: Math.floor(clock.at / 1000) + lifetimeSeconds })}.signature`;
}

const digest: ApprovalDigest = { title: 'Hägerstensåsens förskolor – Tertialrapport 1 2025', goals: 3, indicators: 5, activities: 7, progress: { filled: 5, total: 5 }, assessed: { fully: 2, partly: 1, not: 0, none: 0 }, belowTarget: [] };

/** A report approved now, and its post stored beside it, as the approval's write stores them. */
async function approvedWithPost(place: { groupId?: string | null; channelId?: string | null } = { groupId: teamId, channelId }, canSend = true): Promise<Stored<ChannelPost>> {
  const eventId = randomUUID();
  const at = new Date(clock.at).toISOString();
  const event = {
    id: eventId,
    approvalId: approval.id,
    subject: 'unitReport' as const,
    forvaltningId: 'hagersten-alvsjo',
    unitId: 'hag',
    year: 2025,
    period: 'T1' as const,
    action: 'approve' as const,
    from: 'submitted' as const,
    to: 'approved' as const,
    version: 1,
    at,
    by: rektor,
    comment: 'Bra!',
    requestKey: randomUUID(),
    digest,
  };
  await store.writeMany([{ op: 'create', kind: 'channelPost', item: channelPostFor(event, { name: 'Hägerstensåsens förskolor', ...place }, links, canSend) }], rektor);
  return (await store.get('channelPost', eventId))!;
}

function dispatcher(overrides: Partial<DispatcherOptions> = {}) {
  return channelDispatcher({ store, graphAs: (token) => channelGraphAs(token, graphSettings), clock, ...overrides });
}

const posts = () => fake.requestsTo('POST', /\/messages$/);
const reads = () => fake.requestsTo('GET', /\/messages$/);
const inChannel = () => fake.channels.messages(teamId, channelId);

beforeEach(async () => {
  clock = {
    at: Date.parse('2025-05-12T12:30:00Z'),
    now: () => clock.at,
    sleep: async (ms) => {
      clock.at += ms;
    },
  };
  requestTimes = [];
  fake.resetLog();
  fake.beforeAnswer = (r) => void requestTimes.push({ method: r.method, at: clock.at });
  fake.channels.now = () => clock.at;
  fake.channels.scopesOf = authority.scopesOf;
  fake.channels.clear();
  fake.channels.addChannel(teamId, channelId);
  authority.tokenRequests.length = 0;
  store = new SqliteStore(':memory:');
  approval = await store.create(
    'approval',
    { id: 'unitReport.hag.2025.T1', subject: 'unitReport', forvaltningId: 'hagersten-alvsjo', unitId: 'hag', year: 2025, period: 'T1', state: 'approved', version: 1, changedAt: new Date(clock.at).toISOString(), changedBy: rektor },
    rektor,
  );
});

afterEach(async () => {
  fake.beforeAnswer = undefined;
  await store.close();
});

describe('sending a post', () => {
  it('posts the card as an Adaptive Card attachment referenced from the html body, and marks it sent with Graph’s id', async () => {
    const post = await approvedWithPost();
    const result = await dispatcher().deliver(post.id, userToken(rektorOid), rektor);
    expect(inChannel()).toHaveLength(1);
    const [message] = inChannel();
    expect(message!.body).toEqual({ contentType: 'html', content: `<attachment id="${post.id}"></attachment>` });
    expect(message!.attachments).toEqual([{ id: post.id, contentType: adaptiveCardContentType, contentUrl: null, content: JSON.stringify(post.card) }]);
    expect(adaptiveCardContentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(result).toMatchObject({ state: 'sent', messageId: message!.id, sentAt: new Date(clock.at).toISOString(), attempts: 1, lastError: null, retryAt: null });
    expect(await store.get('channelPost', post.id)).toMatchObject({ state: 'sent', messageId: message!.id });
  });

  it('posts as the leader: the token is exchanged on behalf of their token for ChannelMessage.Send, and that token reaches Graph', async () => {
    const post = await approvedWithPost();
    const token = userToken(rektorOid);
    await dispatcher().deliver(post.id, token, rektor);
    expect(authority.tokenRequests).toHaveLength(1);
    const form = authority.tokenRequests[0]!.form;
    expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(form.get('requested_token_use')).toBe('on_behalf_of');
    expect(form.get('assertion')).toBe(token);
    expect(form.get('scope')?.split(' ')).toContain('https://graph.microsoft.com/ChannelMessage.Send');
    expect(form.get('scope')).not.toContain('.default');
    const [message] = inChannel();
    expect(message!.from).toBe(rektorOid);
    expect(authority.scopesOf(message!.token)).toContain('ChannelMessage.Send');
  });

  it('never sends a noTeams post', async () => {
    const unlinked = await approvedWithPost({ groupId: null, channelId: null });
    const local = await approvedWithPost({ groupId: teamId, channelId }, false);
    expect([unlinked.state, local.state]).toEqual(['noTeams', 'noTeams']);
    for (const post of [unlinked, local]) expect(await dispatcher().deliver(post.id, userToken(rektorOid), rektor)).toMatchObject({ state: 'noTeams', attempts: 0 });
    expect(fake.requests).toEqual([]);
    expect(authority.tokenRequests).toEqual([]);
  });
});

describe('exactly once', () => {
  it('posts once however often it is delivered, at once or after', async () => {
    const post = await approvedWithPost();
    const d = dispatcher();
    const token = userToken(rektorOid);
    d.start(post.id, token, rektor);
    d.start(post.id, token, rektor);
    await Promise.all([d.deliver(post.id, token, rektor), dispatcher().deliver(post.id, token, rektor)]);
    await d.idle();
    await d.deliver(post.id, token, rektor, { manual: true });
    expect(inChannel()).toHaveLength(1);
    expect(posts()).toHaveLength(1);
    expect(await store.get('channelPost', post.id)).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('after a crash between the send and its mark, reads the channel back and marks it sent: one message', async () => {
    const post = await approvedWithPost();
    let crash = true;
    const crashing = new Proxy(store, {
      get(target, name) {
        if (name === 'update')
          return async (...args: Parameters<Store['update']>) => {
            if (crash && (args[1] as ChannelPost).state === 'sent') {
              crash = false;
              throw new Error('the process was stopped');
            }
            return target.update(...args);
          };
        const value = Reflect.get(target, name) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    await expect(dispatcher({ store: crashing }).deliver(post.id, userToken(rektorOid), rektor)).rejects.toThrow('stopped');
    expect(inChannel()).toHaveLength(1);
    expect(await store.get('channelPost', post.id)).toMatchObject({ state: 'sending', attempts: 1 });

    // Another request (this process or another) finds it while the attempt may still be running: it leaves it.
    expect(await dispatcher().deliver(post.id, userToken(rektorOid), rektor)).toMatchObject({ state: 'sending' });
    expect(fake.requests.filter((r) => r.path.endsWith('/messages'))).toHaveLength(1);

    // After the attempt's lease, a restarted dispatcher reads back instead of posting again.
    clock.at += 2 * 60_000;
    const result = await dispatcher().deliver(post.id, userToken(rektorOid), rektor);
    expect(result).toMatchObject({ state: 'sent', messageId: inChannel()[0]!.id, attempts: 1 });
    expect(posts()).toHaveLength(1);
    expect(reads()).toHaveLength(1);
    expect(inChannel()).toHaveLength(1);
  });

  it.each([
    ['a 504 after the message was stored', { status: 504, afterStoring: true }],
    ['a connection dropped after the message was stored', { networkError: true, afterStoring: true }],
  ])('reads back after %s and does not post again', async (_, failure) => {
    const post = await approvedWithPost();
    fake.channels.failNext('POST', failure);
    const result = await dispatcher().deliver(post.id, userToken(rektorOid), rektor);
    expect(result).toMatchObject({ state: 'sent', messageId: inChannel()[0]!.id, attempts: 1, lastError: null });
    expect(inChannel()).toHaveLength(1);
    expect(posts()).toHaveLength(1);
    expect(reads()).toHaveLength(1);
  });

  it('posts again when reading back finds nothing (the attempt never reached Teams), among other people’s messages', async () => {
    const post = await approvedWithPost();
    for (let i = 0; i < 60; i++) fake.channels.insert(teamId, channelId, { from: randomUUID(), token: 'x', body: { content: `hej ${i}` }, attachments: [{ id: `other-${i}`, contentType: adaptiveCardContentType }] });
    fake.channels.failNext('POST', { networkError: true });
    const result = await dispatcher().deliver(post.id, userToken(rektorOid), rektor);
    expect(result).toMatchObject({ state: 'sent', attempts: 2 });
    expect(inChannel().filter((m) => m.attachments.some((a) => a.id === post.id))).toHaveLength(1);
    // newest first, 50 a page: the second page reaches back before the post and ends the search
    expect(reads().map((r) => r.query)).toEqual(['$top=50', '$top=50&$skiptoken=50']);
  });
});

describe('throttling', () => {
  it.each([
    [429, 7],
    [503, 30],
  ])('waits out Retry-After on %i (%i s) and sends once', async (status, seconds) => {
    const post = await approvedWithPost();
    fake.channels.failNext('POST', { status, retryAfterSeconds: seconds });
    const seen: ChannelPost[] = [];
    const watching = new Proxy(store, {
      get(target, name) {
        if (name === 'update')
          return async (...args: Parameters<Store['update']>) => {
            seen.push(args[1] as ChannelPost);
            return target.update(...args);
          };
        const value = Reflect.get(target, name) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const result = await dispatcher({ store: watching }).deliver(post.id, userToken(rektorOid), rektor);
    expect(result).toMatchObject({ state: 'sent', attempts: 2, lastError: null });
    expect(inChannel()).toHaveLength(1);
    const [first, second] = requestTimes.filter((r) => r.method === 'POST');
    expect(requestTimes.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(seconds * 1000);
    // Graph said the message was not taken: no read-back, and the tab saw it waiting (väntar) until then
    expect(reads()).toHaveLength(0);
    expect(seen.map((p) => p.state)).toEqual(['sending', 'pending', 'sending', 'sent']);
    expect(seen[1]!.retryAt).toBe(new Date(first!.at + seconds * 1000).toISOString());
    expect(seen[1]!.lastError).toMatch(status === 429 ? /^Teams bad oss vänta/ : /^Teams var tillfälligt otillgängligt/);
  });

  it('answers after one attempt (pending, waiting) and sends in the background after Retry-After', async () => {
    const post = await approvedWithPost();
    fake.channels.failNext('POST', { status: 429, retryAfterSeconds: 20 });
    const d = dispatcher();
    const answered = await d.attempt(post.id, userToken(rektorOid), rektor);
    expect(answered).toMatchObject({ state: 'pending', attempts: 1, retryAt: new Date(requestTimes[0]!.at + 20_000).toISOString() });
    await d.idle();
    expect(await store.get('channelPost', post.id)).toMatchObject({ state: 'sent', attempts: 2 });
    expect(inChannel()).toHaveLength(1);
    expect(requestTimes[1]!.at - requestTimes[0]!.at).toBeGreaterThanOrEqual(20_000);
  });

  it('leaves it pending when Retry-After reaches past the leader’s token', async () => {
    const post = await approvedWithPost();
    fake.channels.failNext('POST', { status: 429, retryAfterSeconds: 3600 });
    const result = await dispatcher().deliver(post.id, userToken(rektorOid, 1800), rektor);
    expect(result).toMatchObject({ state: 'pending', attempts: 1, retryAt: new Date(requestTimes[0]!.at + 3_600_000).toISOString() });
    expect(posts()).toHaveLength(1);
    expect(inChannel()).toHaveLength(0);
  });

  it('spaces requests to one team by a quarter of a second (Graph: 4 a second per team or channel)', async () => {
    const [a, b, c] = [await approvedWithPost(), await approvedWithPost(), await approvedWithPost()];
    const d = dispatcher();
    for (const p of [a, b, c]) await d.deliver(p.id, userToken(rektorOid), rektor);
    const times = requestTimes.filter((r) => r.method === 'POST').map((r) => r.at);
    expect(times).toHaveLength(3);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(250);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(250);
  });
});

describe('failures', () => {
  it('marks a refused post failed with the reason in Swedish, and leaves the approval as it was', async () => {
    const post = await approvedWithPost();
    fake.channels.failNext('POST', { status: 403, code: 'Forbidden', message: 'User is not a member of the team.' });
    const result = await dispatcher().deliver(post.id, userToken(rektorOid), rektor);
    expect(result).toMatchObject({ state: 'failed', attempts: 1, retryAt: null, messageId: null });
    expect(result.lastError).toMatch(/^Teams lät inte kortet skickas i ditt namn: du kanske inte är medlem i teamet/);
    expect(result.lastError).toContain('User is not a member of the team.');
    expect(inChannel()).toHaveLength(0);
    expect(await store.get('approval', approval.id)).toEqual(approval);
    // failed waits for a person: a later automatic delivery leaves it
    expect(await dispatcher().deliver(post.id, userToken(rektorOid), rektor)).toMatchObject({ state: 'failed', attempts: 1 });
    expect(posts()).toHaveLength(1);
  });

  it('marks it failed when the exchange for the leader’s token is refused: nothing was sent', async () => {
    const post = await approvedWithPost();
    const wrongSecret = { ...graphSettings, credential: { ...graphSettings.credential, clientSecret: 'wrong-secret' } };
    const result = await dispatcher({ graphAs: (token) => channelGraphAs(token, wrongSecret) }).deliver(post.id, userToken(rektorOid), rektor);
    expect(result).toMatchObject({ state: 'failed', attempts: 1 });
    expect(result.lastError).toMatch(/^Inloggningen kunde inte användas för att skriva i Teams/);
    expect(fake.requests).toEqual([]);
  });

  it('gives up after five unanswered attempts, reading the channel back before each resend', async () => {
    const post = await approvedWithPost();
    fake.channels.failNext('POST', { status: 500 }, 5);
    const result = await dispatcher().deliver(post.id, userToken(rektorOid), rektor);
    expect(result).toMatchObject({ state: 'failed', attempts: 5 });
    expect(result.lastError).toMatch(/^Kortet kom inte fram efter 5 försök/);
    expect(requestTimes.map((r) => r.method)).toEqual(['POST', 'GET', 'POST', 'GET', 'POST', 'GET', 'POST', 'GET', 'POST']);
    expect(await store.get('approval', approval.id)).toEqual(approval);
  });

  it('a person trying again sends a failed post now with their token, reading back first', async () => {
    const post = await approvedWithPost();
    fake.channels.failNext('POST', { status: 500 }, 5);
    await dispatcher().deliver(post.id, userToken(rektorOid), rektor);
    const chef = { id: randomUUID(), name: 'Anna Avdelningschef' };
    fake.resetLog();
    const result = await dispatcher().deliver(post.id, userToken(chef.id), chef, { manual: true });
    expect(result).toMatchObject({ state: 'sent', attempts: 6, postedBy: chef, lastError: null });
    expect(fake.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
    expect(inChannel().map((m) => m.from)).toEqual([chef.id]);
  });

  it('a person trying again while reading back is throttled: still failed, told to try later, nothing sent', async () => {
    const post = await approvedWithPost();
    fake.channels.failNext('POST', { status: 500 }, 5);
    await dispatcher().deliver(post.id, userToken(rektorOid), rektor);
    fake.resetLog();
    fake.channels.failNext('GET', { status: 429, retryAfterSeconds: 60 });
    const result = await dispatcher().deliver(post.id, userToken(rektorOid), rektor, { manual: true });
    expect(result).toMatchObject({ state: 'failed', attempts: 5, retryAt: null });
    expect(result.lastError).toMatch(/^Teams bad oss vänta: för många meddelanden just nu\. Försök igen senare\./);
    expect(fake.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('cannot tell whether an unanswered attempt came through when the channel cannot be read: failed, and a person may send anyway', async () => {
    const post = await approvedWithPost();
    fake.channels.failNext('POST', { status: 502 });
    fake.channels.failNext('GET', { status: 403, code: 'Forbidden', message: "Missing scope permissions on the request. API requires one of 'ChannelMessage.Read.All'." }, 2);
    const result = await dispatcher().deliver(post.id, userToken(rektorOid), rektor);
    expect(result).toMatchObject({ state: 'failed', attempts: 1 });
    expect(result.lastError).toMatch(/^Det gick inte att se efter i kanalen om kortet redan kom fram/);
    expect(await dispatcher().deliver(post.id, userToken(rektorOid), rektor, { manual: true })).toMatchObject({ state: 'sent', attempts: 2 });
    expect(inChannel()).toHaveLength(1);
  });
});
