// The client believes no response it has not checked: a body that does not match its schema in
// @vp/shared becomes an ApiError with a Swedish message the page shows, not an object that crashes later.
import { SignInRequired } from '../auth/tokenSource';
import { ApiError, createApiClient, tokenFailed, unreadableResponse } from './client';

const replies: Response[] = [];
beforeEach(() => {
  replies.length = 0;
  jest.spyOn(globalThis, 'fetch').mockImplementation(async () => replies.shift() ?? new Response(null, { status: 599 }));
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const api = createApiClient({ baseUrl: 'http://api.test/api', identity: () => null });
const reply = (body: unknown, status = 200) => replies.push(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

async function refusal(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

it('refuses a plan whose goals are not a list, a report without its progress, and a body that is not JSON', async () => {
  reply({ forvaltning: { id: 'f1' }, unit: null, plan: null, year: 2021, sections: [], goals: 'alla' });
  reply({ unitId: 'u1', year: 2021, period: 'T1', status: 'draft', statusAt: null, statusBy: null, eTag: null, goals: [], indicators: [], activities: [], previous: null });
  reply('<html>Inloggning</html>');
  for (const call of [api.getPlan('u1', 2021), api.getReport('u1', 2021, 'T1'), api.listUnits()]) {
    const error = await refusal(call);
    expect({ code: error.code, message: error.message }).toEqual({ code: 'INVALID_RESPONSE', message: unreadableResponse });
  }
});

it('accepts a response that matches its schema', async () => {
  reply([{ id: 'dev-u1', name: 'Rektor', role: 'rektor', forvaltningId: 'f1', unitIds: ['u1'] }]);
  await expect(api.listDevUsers()).resolves.toEqual([{ id: 'dev-u1', name: 'Rektor', role: 'rektor', forvaltningId: 'f1', unitIds: ['u1'] }]);
});

it('reads a refusal from the error envelope, and says only the status when the body is not one', async () => {
  reply({ error: { code: 'VALIDATION', message: 'Titeln får inte vara tom', fields: [{ field: 'title', message: 'Får inte vara tom' }] } }, 400);
  const invalid = await refusal(api.listUnits());
  expect({ status: invalid.status, code: invalid.code, message: invalid.message, fields: invalid.fields }).toEqual({
    status: 400,
    code: 'VALIDATION',
    message: 'Titeln får inte vara tom',
    fields: [{ field: 'title', message: 'Får inte vara tom' }],
  });
  reply({ error: 'Bad gateway' }, 502);
  const gateway = await refusal(api.listUnits());
  expect({ status: gateway.status, code: gateway.code, message: gateway.message }).toEqual({ status: 502, code: 'HTTP', message: 'Servern svarade 502' });
});

describe('who calls', () => {
  /** The headers of every request sent so far. */
  const sent = () => (fetch as jest.Mock).mock.calls.map(([, init]) => (init as RequestInit).headers as Record<string, string>);
  const units = [{ id: 'u1', forvaltningId: 'f1', name: 'Enheten', preschools: [], eTag: '"1"' }];

  it('local mode: the development identity as x-dev-user, and no Authorization', async () => {
    reply([]);
    await createApiClient({ baseUrl: 'http://api.test/api', identity: () => 'dev-rektor' }).listDevUsers();
    expect(sent()).toEqual([{ 'x-dev-user': 'dev-rektor' }]);
  });

  it('entra mode: the bearer token on every request and never x-dev-user', async () => {
    const token = jest.fn(async (fresh: boolean) => (fresh ? 'fresh' : 'cached'));
    const entra = createApiClient({ baseUrl: 'http://api.test/api', token });
    reply([]);
    reply(units);
    await entra.listDevUsers();
    await entra.update('u1', 2021, 'goals', 'g1', '"1"', { title: 'Ny' }).catch(() => undefined);
    expect(sent()).toEqual([{ authorization: 'Bearer cached' }, { authorization: 'Bearer cached', 'content-type': 'application/json', 'if-match': '"1"' }]);
    expect(token.mock.calls).toEqual([[false], [false]]);
  });

  it('renews the token once after a 401 and sends the request again; a second 401 is the answer', async () => {
    const token = jest.fn(async (fresh: boolean) => (fresh ? 'fresh' : 'stale'));
    const entra = createApiClient({ baseUrl: 'http://api.test/api', token });
    const refused = { error: { code: 'UNAUTHENTICATED', message: 'Inloggningen har gått ut. Logga in igen.' } };
    reply(refused, 401);
    reply(units);
    await expect(entra.listUnits()).resolves.toHaveLength(1);
    expect(sent().map((h) => h.authorization)).toEqual(['Bearer stale', 'Bearer fresh']);

    reply(refused, 401);
    reply(refused, 401);
    reply(units); // never asked for: one renewal per request
    const error = await refusal(entra.listUnits());
    expect({ status: error.status, message: error.message }).toEqual({ status: 401, message: 'Inloggningen har gått ut. Logga in igen.' });
    expect(sent()).toHaveLength(4);
  });

  it('fetches a file with the token, renewing once, under the name the server gives it', async () => {
    const token = jest.fn(async (fresh: boolean) => (fresh ? 'fresh' : 'stale'));
    const entra = createApiClient({ baseUrl: 'http://api.test/api', token });
    expect(entra.mode).toBe('entra');
    reply({ error: { code: 'UNAUTHENTICATED', message: 'Logga in' } }, 401);
    replies.push(new Response('PK-bytes', { status: 200, headers: { 'content-disposition': "attachment; filename=\"Verksamhetsplan.docx\"; filename*=UTF-8''Verksamhetsplan%202021%20H%C3%A4gerstens%C3%A5sens%20f%C3%B6rskolor.docx" } }));
    const { blob, fileName } = await entra.file(entra.planDocxUrl('u1', 2021));
    expect([fileName, await blob.text()]).toEqual(['Verksamhetsplan 2021 Hägerstensåsens förskolor.docx', 'PK-bytes']);
    expect((fetch as jest.Mock).mock.calls.map(([url, init]) => [url, (init as RequestInit).headers])).toEqual([
      ['http://api.test/api/units/u1/plans/2021.docx', { authorization: 'Bearer stale' }],
      ['http://api.test/api/units/u1/plans/2021.docx', { authorization: 'Bearer fresh' }],
    ]);
    expect(createApiClient({ baseUrl: 'http://api.test/api', identity: () => null }).mode).toBe('local');
  });

  it('says the person must sign in when no token can be had without them, and never sends the request', async () => {
    const entra = createApiClient({ baseUrl: 'http://api.test/api', token: async () => Promise.reject(new SignInRequired(null)) });
    const error = await refusal(entra.listUnits());
    expect({ status: error.status, code: error.code }).toEqual({ status: 401, code: 'SIGN_IN_REQUIRED' });
    const broken = createApiClient({ baseUrl: 'http://api.test/api', token: async () => Promise.reject(new Error('bridge gone')) });
    expect((await refusal(broken.listUnits())).message).toBe(tokenFailed);
    expect(sent()).toEqual([]);
  });
});

describe('linkUnitToTeam', () => {
  const unit = { id: 'u1', forvaltningId: 'f1', name: 'Enheten', description: '', preschools: [], groupId: '3f0c2a4e-1b2d-4c3e-8f4a-5b6c7d8e9f01', eTag: '"2"' };

  it('PUTs the group with the unit’s eTag and answers the stored unit', async () => {
    reply(unit);
    await expect(api.linkUnitToTeam('u1', unit.groupId, '"1"')).resolves.toEqual(unit);
    const [url, init] = (fetch as jest.Mock).mock.calls[0] as [string, RequestInit];
    expect({ url, method: init.method, headers: init.headers, body: JSON.parse(String(init.body)) }).toEqual({
      url: 'http://api.test/api/units/u1/group',
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'if-match': '"1"' },
      body: { groupId: unit.groupId },
    });
  });

  it('sends the channel the tab is configured in with a link, and none with an unlink', async () => {
    reply(unit);
    reply({ ...unit, groupId: null });
    await api.linkUnitToTeam('u1', unit.groupId, '"1"', '19:general@thread.tacv2');
    await api.linkUnitToTeam('u1', null, '"2"', '19:general@thread.tacv2');
    expect((fetch as jest.Mock).mock.calls.map(([, init]) => JSON.parse(String((init as RequestInit).body)))).toEqual([{ groupId: unit.groupId, channelId: '19:general@thread.tacv2' }, { groupId: null }]);
  });

  it('throws the refusal in the API’s words, and refuses an answer that is not a unit', async () => {
    reply({ error: { code: 'FORBIDDEN', message: 'Du kan inte koppla Enheten till det här teamet.' } }, 403);
    const refused = await refusal(api.linkUnitToTeam('u1', null, '"1"'));
    expect({ status: refused.status, message: refused.message }).toEqual({ status: 403, message: 'Du kan inte koppla Enheten till det här teamet.' });
    reply({ ...unit, groupId: 'teamet' });
    expect((await refusal(api.linkUnitToTeam('u1', unit.groupId, '"1"'))).message).toBe(unreadableResponse);
  });
});

describe('listUnits({ linkableTo })', () => {
  const unit = { id: 'u1', forvaltningId: 'f1', name: 'Enheten', description: '', preschools: [], groupId: null, eTag: '"1"' };

  it('asks for the units linkable to the Team and checks them as a unit list', async () => {
    reply([unit]);
    await expect(api.listUnits({ linkableTo: '3F0C2A4E-1B2D-4C3E-8F4A-5B6C7D8E9F01' })).resolves.toEqual([unit]);
    expect((fetch as jest.Mock).mock.calls[0]?.[0]).toBe('http://api.test/api/units?linkableTo=3F0C2A4E-1B2D-4C3E-8F4A-5B6C7D8E9F01');
    reply([{ ...unit, name: '' }]);
    expect((await refusal(api.listUnits({ linkableTo: unit.id }))).message).toBe(unreadableResponse);
  });
});

describe('approvals', () => {
  const digest = { title: 'Enheten – Plan 2021', goals: 1, indicators: 0, activities: 0, progress: null, assessed: null, belowTarget: null };
  const view = { approvalId: 'unitPlan.u1.2021', subject: 'unitPlan', forvaltningId: 'f1', unitId: 'u1', year: 2021, period: null, state: 'draft', version: 1, eTag: null, allowed: ['submit'], digest, history: [], posts: [] };
  const sentRequests = () =>
    (fetch as jest.Mock).mock.calls.map(([url, init]) => ({ url, method: (init as RequestInit).method, headers: (init as RequestInit).headers, body: JSON.parse(String((init as RequestInit).body ?? 'null')) }));

  it('POSTs a step with its Idempotency-Key and the view’s eTag, If-Match * before the first step; the path names the subject', async () => {
    reply({ ...view, state: 'submitted', eTag: '"1"', allowed: [] });
    reply({ ...view, state: 'approved', subject: 'unitReport', period: 'T1', eTag: '"2"', allowed: [] });
    await api.actOnApproval({ subject: 'unitPlan', forvaltningId: 'f1', unitId: 'u1', year: 2021, period: null }, { action: 'submit', comment: '' }, { key: 'k-1', eTag: null });
    await api.actOnApproval({ subject: 'unitReport', forvaltningId: 'f1', unitId: 'u 1', year: 2021, period: 'T1' }, { action: 'approve', comment: 'Bra.' }, { key: 'k-2', eTag: '"1"' });
    expect(sentRequests()).toEqual([
      { url: 'http://api.test/api/units/u1/plans/2021/approval', method: 'POST', headers: { 'content-type': 'application/json', 'if-match': '*', 'idempotency-key': 'k-1' }, body: { action: 'submit', comment: '' } },
      { url: 'http://api.test/api/units/u%201/plans/2021/reports/T1/approval', method: 'POST', headers: { 'content-type': 'application/json', 'if-match': '"1"', 'idempotency-key': 'k-2' }, body: { action: 'approve', comment: 'Bra.' } },
    ]);
  });

  it('reads the summary’s approval, Att göra and the status rows against their schemas', async () => {
    reply({ ...view, subject: 'summary', unitId: null, period: 'T2' });
    reply([{ subject: 'unitPlan', forvaltningId: 'f1', unitId: 'u1', year: 2021, period: null, state: 'draft', version: 1, approvalId: 'a', unitName: 'Enheten', changedAt: null, changedBy: null }]);
    reply([{ subject: 'unitPlan', forvaltningId: 'f1', unitId: 'u1', year: 2021, period: null, state: 'returned', version: 1, approvalId: 'a', unitName: 'Enheten', changedAt: null, changedBy: null, reason: 'later', dueDate: null, comment: null }]);
    await expect(api.getApproval({ subject: 'summary', forvaltningId: 'f1', unitId: null, year: 2021, period: 'T2' })).resolves.toMatchObject({ subject: 'summary' });
    await expect(api.listApprovals(2021)).resolves.toHaveLength(1);
    expect((await refusal(api.getTodo(2021))).message).toBe(unreadableResponse);
    expect(sentRequests().map((r) => r.url)).toEqual([
      'http://api.test/api/forvaltningar/f1/summaries/2021/T2/approval',
      'http://api.test/api/approvals?year=2021',
      'http://api.test/api/todo?year=2021',
    ]);
  });
});
