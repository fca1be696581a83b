import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import type { Actor, ChannelPost, Store } from '@vp/shared';
import type { AuthSettings } from '../config';
import { devIdentity } from '../identity/devIdentity';
import { devUsers } from '../identity/devUsers';
import { demoGroupIds } from '../seed/demo/groups';
import { startApiHost, type ApiHost } from '../testing/apiHost';
import { entraAccess } from '../testing/entraAccess';
import { startFakeAuthority, type FakeAuthority } from '../testing/fakeAuthority';
import { fakeTokenEndpoint } from '../testing/fakeTokenEndpoint';
import { GraphFake } from '../testing/graphFake';
import { channelPostFor } from './channelPostFor';
import { channelServices } from './channelServices';

// POST /api/posts/{postId}/send over HTTP in entra mode: tokens from a fake Entra ID (a local server),
// the on-behalf-of exchange at a fake token endpoint and the Graph fake's channels (msw, in process).
const tokenEndpoint = fakeTokenEndpoint('https://login.microsoftonline.com');
const fake = new GraphFake();
const server = setupServer(...tokenEndpoint.handlers, ...fake.handlers);
const teamId = demoGroupIds.hagerstensasen;
const channelId = '19:hagerstensasen@thread.tacv2';
const links = { tabUrl: 'https://plan.example.se/index.html', teamsAppId: '11111111-2222-3333-4444-555555555555' };

let authority: FakeAuthority;
let host: ApiHost;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: (request, print) => void (new URL(request.url).hostname === '127.0.0.1' || print.error()) });
  authority = await startFakeAuthority();
});
afterAll(async () => {
  await authority.close();
  server.close();
});

/** Entra mode whose exchange goes to the fake token endpoint, with the API's secret. */
const withExchange = (): AuthSettings => ({
  ...authority.settings,
  authorityHost: 'https://login.microsoftonline.com',
  onBehalfOf: { graphBaseUrl: 'https://graph.microsoft.com/v1.0', credential: { kind: 'clientSecret', tenantId: authority.settings.tenantId, clientId: authority.settings.clientId, clientSecret: 'right-secret' } },
});

/** The API in entra mode (tokens of the fake authority), or in local mode with the development identities. */
async function start(auth: AuthSettings | 'local' = withExchange()) {
  host = await startApiHost(undefined, (store) =>
    auth === 'local'
      ? { identify: devIdentity(devUsers), devUsers, anonymousReads: true, channel: channelServices({ mode: 'local' }, links, store) }
      : { ...entraAccess(authority.settings)(store), channel: channelServices(auth, links, store) },
  );
}

beforeEach(() => {
  fake.resetLog();
  fake.channels.clear();
  fake.channels.addChannel(teamId, channelId);
  fake.channels.scopesOf = tokenEndpoint.scopesOf;
});
afterEach(() => host.stop());

const person = (roles: string[], groups: string[], oid = randomUUID()) => ({ oid, token: authority.mint({ ...authority.claimsFor({ oid, name: roles.join('+') }), roles, groups }) });

/** An approved report of Hägerstensåsen and its post as the approval left it (pending, or failed after Teams refused). */
async function postOf(store: Store, by: Actor, changes: Partial<ChannelPost> = {}, place = { groupId: teamId as string | null, channelId: channelId as string | null }): Promise<ChannelPost> {
  const at = new Date().toISOString();
  const approvalId = `unitReport.hag.${randomUUID()}`;
  await store.create('approval', { id: approvalId, subject: 'unitReport', forvaltningId: 'hagersten-alvsjo', unitId: 'hagerstensasens-forskolor', year: 2021, period: 'T1', state: 'approved', version: 1, changedAt: at, changedBy: by }, by);
  const event = {
    id: randomUUID(),
    approvalId,
    subject: 'unitReport' as const,
    forvaltningId: 'hagersten-alvsjo',
    unitId: 'hagerstensasens-forskolor',
    year: 2021,
    period: 'T1' as const,
    action: 'approve' as const,
    from: 'submitted' as const,
    to: 'approved' as const,
    version: 1,
    at,
    by,
    comment: '',
    requestKey: randomUUID(),
    digest: { title: 'Hägerstensåsens förskolor – Tertialrapport 1 2021', goals: 1, indicators: 1, activities: 1, progress: null, assessed: null, belowTarget: null },
  };
  const post = { ...channelPostFor(event, { name: 'Hägerstensåsens förskolor', ...place }, links, true), ...changes };
  return store.create('channelPost', post, by);
}

const sendAs = (postId: string, token?: string) => host.call(`/posts/${postId}/send`, { method: 'POST', ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}) });

describe('POST /api/posts/{postId}/send', () => {
  it('sends a failed post now as the one it is posted as, on behalf of their token', async () => {
    await start();
    const rektor = person(['Rektor'], [teamId]);
    const post = await postOf(host.store, { id: rektor.oid, name: 'Rut Rektor' }, { state: 'failed', attempts: 1, lastError: 'Teams tog inte emot kortet.' });
    const response = await sendAs(post.id, await rektor.token);
    expect(response.status).toBe(200);
    const body = (await response.json()) as ChannelPost;
    expect(body).toMatchObject({ id: post.id, state: 'sent', attempts: 2, lastError: null });
    expect(body).not.toHaveProperty('eTag');
    const [message] = fake.channels.messages(teamId, channelId);
    expect(message).toMatchObject({ from: rektor.oid, attachments: [{ id: post.id }] });
    expect(tokenEndpoint.scopesOf(message!.token)).toContain('ChannelMessage.Send');
    // sent: asking again sends nothing more
    expect((await (await sendAs(post.id, await rektor.token)).json()) as ChannelPost).toMatchObject({ state: 'sent' });
    expect(fake.channels.messages(teamId, channelId)).toHaveLength(1);
  });

  it('lets the unit’s rektor send a post made as someone else, as themselves; refuses others in Swedish', async () => {
    await start();
    const chef = person(['Avdelningschef'], [demoGroupIds.forvaltning]);
    const post = await postOf(host.store, { id: chef.oid, name: 'Anna Avdelningschef' }, { state: 'failed', attempts: 1 });
    for (const other of [person(['Personal'], [teamId]), person(['Rektor'], [demoGroupIds.malarhojdenVastertorp]), person(['Lasare'], [])]) {
      const refused = await sendAs(post.id, await other.token);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('Bara den som kortet skickas som, eller den som godkänner, kan skicka kortet igen.');
    }
    expect(fake.requests).toEqual([]);
    const rektor = person(['Rektor'], [teamId]);
    const sent = (await (await sendAs(post.id, await rektor.token)).json()) as ChannelPost;
    expect(sent).toMatchObject({ state: 'sent', postedBy: { id: rektor.oid, name: 'Rektor' } });
    expect(fake.channels.messages(teamId, channelId).map((m) => m.from)).toEqual([rektor.oid]);
  });

  it('answers 409 for a post with no channel, and 404 for one that does not exist or another förvaltning’s', async () => {
    await start();
    const rektor = person(['Rektor'], [teamId]);
    const post = await postOf(host.store, { id: rektor.oid, name: 'Rut Rektor' }, { state: 'noTeams' }, { groupId: null, channelId: null });
    const noChannel = await sendAs(post.id, await rektor.token);
    expect(noChannel.status).toBe(409);
    expect(((await noChannel.json()) as { error: { message: string } }).error.message).toMatch(/^Kortet skickas inte: det finns ingen Teams-kanal kopplad till enheten/);
    expect((await sendAs('finns-inte', await rektor.token)).status).toBe(404);
    const elsewhere = person(['Rektor'], [randomUUID()]);
    expect((await sendAs(post.id, await elsewhere.token)).status).toBe(403);
    expect(fake.requests).toEqual([]);
  });

  it('answers 409 where the host cannot send: entra mode without the API’s own credential, and local mode', async () => {
    await start({ ...authority.settings });
    const rektor = person(['Rektor'], [teamId]);
    const post = await postOf(host.store, { id: rektor.oid, name: 'Rut Rektor' }, { state: 'failed', attempts: 1 });
    const noCredential = await sendAs(post.id, await rektor.token);
    expect(noCredential.status).toBe(409);
    expect(((await noCredential.json()) as { error: { message: string } }).error.message).toMatch(/^Det finns ingen Teams-koppling: API:et saknar egen inloggning mot Microsoft Graph/);
    await host.stop();

    await start('local');
    const local = await postOf(host.store, { id: 'rektor-hag', name: 'Rut Rektor' }, { state: 'failed', attempts: 1 });
    const asRektor = devUsers.find((u) => u.role === 'rektor' && u.unitIds.includes('hagerstensasens-forskolor'))!;
    const response = await host.call(`/posts/${local.id}/send`, { method: 'POST', as: asRektor.id });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/^Det finns ingen Teams-koppling: i lokalt läge/);
    expect(fake.requests).toEqual([]);
  });
});
