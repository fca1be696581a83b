import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import type { ApprovalView, ChannelPost } from '@vp/shared';
import type { AuthSettings } from '../config';
import { demoGroupIds } from '../seed/demo/groups';
import { startApiHost, type ApiHost } from '../testing/apiHost';
import { entraAccess } from '../testing/entraAccess';
import { startFakeAuthority, type FakeAuthority } from '../testing/fakeAuthority';
import { fakeTokenEndpoint } from '../testing/fakeTokenEndpoint';
import { GraphFake } from '../testing/graphFake';
import { adaptiveCardProblems } from '../../../shared/src/testing/adaptiveCard';
import { channelServices } from './channelServices';

// Approving over HTTP posts the card to the unit's channel: in entra mode through the Graph fake, as the
// approving rektor (on behalf of their token); in local mode kept as a noTeams post holding the card.
const tokenEndpoint = fakeTokenEndpoint('https://login.microsoftonline.com');
const fake = new GraphFake();
const server = setupServer(...tokenEndpoint.handlers, ...fake.handlers);
const HAG = 'hagerstensasens-forskolor';
const plan = `/units/${HAG}/plans/2021`;
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
beforeEach(() => {
  fake.resetLog();
  fake.channels.clear();
  fake.channels.addChannel(teamId, channelId);
  fake.channels.scopesOf = tokenEndpoint.scopesOf;
});
afterEach(() => host.stop());

const messages = () => fake.channels.messages(teamId, channelId);

describe('in entra mode with Teams', () => {
  const withExchange = (): AuthSettings => ({
    ...authority.settings,
    authorityHost: 'https://login.microsoftonline.com',
    onBehalfOf: { graphBaseUrl: 'https://graph.microsoft.com/v1.0', credential: { kind: 'clientSecret', tenantId: authority.settings.tenantId, clientId: authority.settings.clientId, clientSecret: 'right-secret' } },
  });
  const person = async (roles: string[], name: string) => {
    const oid = randomUUID();
    return { oid, token: await authority.mint({ ...authority.claimsFor({ oid, name }), roles, groups: [teamId] }) };
  };
  const step = (token: string, action: string, options: { key?: string; ifMatch?: string | null; comment?: string } = {}) =>
    host.call(`${plan}/approval`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'idempotency-key': options.key ?? randomUUID(), ...(options.ifMatch && { 'if-match': options.ifMatch }) },
      body: JSON.stringify({ action, ...(options.comment !== undefined && { comment: options.comment }) }),
    });

  let staff: { oid: string; token: string };
  let rektor: { oid: string; token: string };
  let submitted: ApprovalView;

  beforeEach(async () => {
    host = await startApiHost(undefined, (store) => ({ ...entraAccess(authority.settings)(store), channel: channelServices(withExchange(), links, store) }));
    // The tab was configured in the unit's channel: the unit keeps it beside its Team's group.
    const unit = (await host.store.get('unit', HAG))!;
    const { eTag, ...item } = unit;
    await host.store.update('unit', { ...item, channelId }, eTag, { id: 'setup', name: 'Setup' });
    [staff, rektor] = [await person(['Personal'], 'Per Personal'), await person(['Rektor'], 'Rut Rektor')];
    submitted = (await (await step(staff.token, 'submit')).json()) as ApprovalView;
    expect(submitted).toMatchObject({ state: 'submitted', posts: [] });
    expect(messages()).toEqual([]);
  });

  it('posts exactly one card when the rektor approves, as the rektor, and the view shows it sent; the same request again posts nothing', async () => {
    const key = randomUUID();
    const response = await step(rektor.token, 'approve', { key, ifMatch: submitted.eTag, comment: 'Bra jobbat!' });
    expect(response.status).toBe(200);
    const approved = (await response.json()) as ApprovalView;
    expect(approved.state).toBe('approved');
    expect(messages()).toHaveLength(1);
    const [message] = messages();
    const [post] = approved.posts;
    expect(approved.posts).toHaveLength(1);
    expect(post).toMatchObject({ eventId: approved.history[0]!.id, state: 'sent', messageId: message!.id, teamId, channelId, postedBy: { id: rektor.oid, name: 'Rut Rektor' }, attempts: 1 });
    expect(message).toMatchObject({ from: rektor.oid, body: { contentType: 'html', content: `<attachment id="${post!.id}"></attachment>` } });
    expect(JSON.parse(message!.attachments[0]!.content!)).toEqual(post!.card);
    expect(tokenEndpoint.scopesOf(message!.token)).toContain('ChannelMessage.Send');
    expect(JSON.stringify(post!.card)).toContain('Bra jobbat!');

    const again = await step(rektor.token, 'approve', { key, ifMatch: submitted.eTag, comment: 'Bra jobbat!' });
    expect(again.status).toBe(200);
    expect((await again.json()) as ApprovalView).toEqual(approved);
    expect(messages()).toHaveLength(1);
    expect(fake.requestsTo('POST', /\/messages$/)).toHaveLength(1);
  });

  it('approving at once in two tabs takes one step and posts once', async () => {
    const [a, b] = await Promise.all([step(rektor.token, 'approve', { ifMatch: submitted.eTag }), step(rektor.token, 'approve', { ifMatch: submitted.eTag })]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    expect(messages()).toHaveLength(1);
  });

  it('posts a return with its comment; submitting and reopening post nothing', async () => {
    const returned = (await (await step(rektor.token, 'return', { ifMatch: submitted.eTag, comment: 'Mål 2 saknar analys.' })).json()) as ApprovalView;
    expect(returned).toMatchObject({ state: 'returned', posts: [{ state: 'sent' }] });
    const again = (await (await step(staff.token, 'submit', { ifMatch: returned.eTag })).json()) as ApprovalView;
    const approved = (await (await step(rektor.token, 'approve', { ifMatch: again.eTag })).json()) as ApprovalView;
    const reopened = (await (await step(rektor.token, 'reopen', { ifMatch: approved.eTag })).json()) as ApprovalView;
    expect(reopened.history.map((e) => e.action)).toEqual(['reopen', 'approve', 'submit', 'return', 'submit']);
    expect(reopened.posts.map((p) => p.eventId)).toEqual([approved.history[0]!.id, returned.history[0]!.id]);
    expect(messages()).toHaveLength(2);
    expect(messages()[0]!.attachments[0]!.content).toContain('Mål 2 saknar analys.');
    expect(messages()[0]!.attachments[0]!.content).toContain('Återremitterad');
  });

  it('keeps the approval when Teams refuses the card: the post is failed, with why, in the view', async () => {
    fake.channels.failNext('POST', { status: 403, code: 'Forbidden', message: 'User is not a member of the team.' });
    const response = await step(rektor.token, 'approve', { ifMatch: submitted.eTag });
    expect(response.status).toBe(200);
    const approved = (await response.json()) as ApprovalView;
    expect(approved).toMatchObject({ state: 'approved', posts: [{ state: 'failed', attempts: 1, messageId: null }] });
    expect(approved.posts[0]!.lastError).toMatch(/^Teams lät inte kortet skickas i ditt namn/);
    expect(messages()).toEqual([]);
  });
});

describe('in local mode', () => {
  it('keeps one noTeams post holding the card, sends nothing', async () => {
    host = await startApiHost();
    const step = (as: string, action: string, ifMatch?: string | null) =>
      host.call(`${plan}/approval`, { method: 'POST', as, headers: { 'idempotency-key': randomUUID(), ...(ifMatch && { 'if-match': ifMatch }) }, body: JSON.stringify({ action }) });
    const submitted = (await (await step('dev-personal-hag', 'submit')).json()) as ApprovalView;
    const approved = (await (await step('dev-rektor-hag', 'approve', submitted.eTag)).json()) as ApprovalView;
    expect(approved.state).toBe('approved');
    expect(approved.posts).toHaveLength(1);
    const post = approved.posts[0] as ChannelPost;
    expect(post).toMatchObject({ state: 'noTeams', attempts: 0, messageId: null, eventId: approved.history[0]!.id });
    expect(adaptiveCardProblems(post.card)).toEqual([]);
    expect(post.card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Öppna planen', url: `http://localhost:7071/index.html#/plan/${HAG}/2021` }]);
    expect(fake.requests).toEqual([]);
    // trying again says why not
    const again = await host.call(`/posts/${post.id}/send`, { method: 'POST', as: 'dev-rektor-hag' });
    expect(again.status).toBe(409);
  });
});
