// Approvals over real HTTP on both stores: the workflow (utkast → inskickad → godkänd | återremitterad),
// its history, the locks it puts on the plan and the report, idempotency and concurrency, refusals, and
// reports marked "ready" before approvals existed.
import { randomUUID } from 'node:crypto';
import type { ApprovalView } from '@vp/shared';
import { reportId } from '../app/reports/reportId';
import { apiOnEachStore, type StoreApi } from '../testing/apiOnEachStore';

jest.setTimeout(60_000);

const HAG = 'hagerstensasens-forskolor';
const F = 'hagersten-alvsjo';
const plan = `/units/${HAG}/plans/2021`;
const reportOf = (period: string) => `${plan}/reports/${period}`;
const summaryOf = (period: string) => `/forvaltningar/${F}/summaries/2021/${period}`;
const staff = 'dev-personal-hag';
const rektor = 'dev-rektor-hag';
const chef = 'dev-avdelningschef';
const licensed = 'ind-kf-1.3-1'; // legitimerade förskollärare, ratio of sums ×100, årsmål 33 %
const content = {
  goals: [{ goalId: 'hag-em-1', assessment: 'partly', analysis: 'Arbetet har kommit igång.' }],
  indicators: [{ indicatorId: licensed, value: null, numerator: 3, denominator: 30, weight: null, comment: '' }],
  activities: [{ activityId: 'act-nm-1.3-1-1', status: 'ongoing', comment: '' }],
};

describe.each(apiOnEachStore)('approvals over %s', (_name, start) => {
  let api: StoreApi;
  beforeEach(async () => {
    api = await start();
  });
  afterEach(() => api.stop());

  const get = async (path: string, as = rektor) => {
    const response = await api.call(path, { as });
    expect(response.status).toBe(200);
    return response.json();
  };
  const view = (subject: string, as = rektor): Promise<ApprovalView> => get(`${subject}/approval`, as);
  const step = (subject: string, as: string, action: string, options: { key?: string | null; ifMatch?: string | null; comment?: string; body?: string } = {}) =>
    api.call(`${subject}/approval`, {
      method: 'POST',
      as,
      headers: { ...(options.key !== null && { 'idempotency-key': options.key ?? randomUUID() }), ...(options.ifMatch && { 'if-match': options.ifMatch }) },
      body: options.body ?? JSON.stringify({ action, ...(options.comment !== undefined && { comment: options.comment }) }),
    });
  /** A step that must be taken: its view, read back the same by the same person. */
  const taken = async (subject: string, as: string, action: string, options: Parameters<typeof step>[3] = {}): Promise<ApprovalView> => {
    const response = await step(subject, as, action, options);
    const body = await response.json();
    expect({ status: response.status, body }).toMatchObject({ status: 200, body: { state: expect.any(String) } });
    expect(response.headers.get('etag')).toBe(body.eTag);
    expect(await view(subject, as)).toEqual(body);
    return body;
  };
  const refused = async (response: Response, status: number, message: string | RegExp) => {
    const { error } = (await response.json()) as { error: { message: string } };
    expect({ status: response.status, message: error.message }).toEqual({ status, message: typeof message === 'string' ? message : expect.stringMatching(message) });
  };
  const putReport = (period: string, as: string, body: unknown, ifMatch?: string | null) =>
    api.call(reportOf(period), { method: 'PUT', as, body: JSON.stringify(body), headers: ifMatch ? { 'if-match': ifMatch } : {} });
  const steps = (v: ApprovalView) => v.history.map((e) => [e.action, e.from, e.to, e.version, e.by.id, e.comment]);
  /** The report without where it stands: what the unit wrote. */
  const entriesOf = async (period: string) => {
    const { status: _s, statusAt: _a, statusBy: _b, ...rest } = await get(reportOf(period));
    return rest;
  };

  it('staff submit, the rektor approves and reopens (version 2): history newest first, the report unchanged and locked until reopened', async () => {
    expect((await putReport('T1', staff, content)).status).toBe(200);
    const written = await entriesOf('T1');

    const draft = await view(reportOf('T1'), staff);
    expect(draft).toMatchObject({ subject: 'unitReport', unitId: HAG, forvaltningId: F, year: 2021, period: 'T1', state: 'draft', version: 1, eTag: null, allowed: ['submit'], history: [], posts: [] });
    expect(draft.digest).toMatchObject({ title: 'Hägerstensåsens förskolor – Tertialrapport 1 2021', progress: written.progress, assessed: { fully: 0, partly: 1, not: 0 } });
    expect(draft.digest.goals).toBe(draft.digest.assessed!.partly + draft.digest.assessed!.none);
    // 3 of 30 = 10 %, below the årsmål, written as the tab writes numbers
    expect(draft.digest.belowTarget).toContainEqual(expect.objectContaining({ indicatorId: licensed, value: '10\u00a0%' }));

    const submitted = await taken(reportOf('T1'), staff, 'submit', { comment: 'Klar från oss.' });
    expect(submitted).toMatchObject({ state: 'submitted', version: 1, allowed: [] });
    expect(steps(submitted)).toEqual([['submit', 'draft', 'submitted', 1, staff, 'Klar från oss.']]);
    expect((await view(reportOf('T1'), rektor)).allowed).toEqual(['approve', 'return']);
    expect((await view(reportOf('T1'), chef)).allowed).toEqual(['return']);
    expect(await entriesOf('T1')).toEqual(written);
    expect(await get(reportOf('T1'))).toMatchObject({ status: 'submitted', statusBy: 'Personal, Hägerstensåsens förskolor', statusAt: submitted.history[0]!.at });
    await refused(await putReport('T1', staff, content, written.eTag), 409, 'Rapporten är inskickad och kan inte ändras. Enhetens rektor kan återremittera den för ändring.');

    const approved = await taken(reportOf('T1'), rektor, 'approve', { ifMatch: submitted.eTag, comment: 'Fint arbete.' });
    expect(approved).toMatchObject({ state: 'approved', version: 1, allowed: ['reopen'] });
    expect(steps(approved)).toEqual([
      ['approve', 'submitted', 'approved', 1, rektor, 'Fint arbete.'],
      ['submit', 'draft', 'submitted', 1, staff, 'Klar från oss.'],
    ]);
    expect(approved.history[0]!.digest).toEqual(draft.digest);
    expect(await entriesOf('T1')).toEqual(written);

    const reopened = await taken(reportOf('T1'), rektor, 'reopen', { ifMatch: approved.eTag, comment: 'En siffra behöver rättas.' });
    expect(reopened).toMatchObject({ state: 'draft', version: 2 });
    expect(steps(reopened)[0]).toEqual(['reopen', 'approved', 'draft', 1, rektor, 'En siffra behöver rättas.']);
    const times = reopened.history.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);

    // The approved version stays readable: its step keeps the report as it was approved.
    const events = await api.store.list('approvalEvent', { unitId: HAG, year: 2021, period: 'T1' });
    expect(events).toHaveLength(3);
    const approvedReport = events.find((e) => e.action === 'approve')!.snapshot;
    expect(approvedReport).toEqual({ ...written, status: 'submitted', statusAt: submitted.history[0]!.at, statusBy: 'Personal, Hägerstensåsens förskolor' });
    expect(events.filter((e) => e.snapshot !== undefined)).toHaveLength(1);

    const changed = { ...content, goals: [{ ...content.goals[0], assessment: 'fully' }] };
    expect((await putReport('T1', staff, changed, written.eTag)).status).toBe(200);
    const again = await taken(reportOf('T1'), staff, 'submit', { ifMatch: reopened.eTag });
    expect(again).toMatchObject({ state: 'submitted', version: 2 });
    expect(steps(again).map(([action, , , version]) => [action, version])).toEqual([['submit', 2], ['reopen', 1], ['approve', 1], ['submit', 1]]);
  });

  it('locks the plan while submitted or approved; the rektor returns it with a comment, the unit edits and submits again', async () => {
    const goal = `${plan}/goals/hag-em-1`;
    const before = await get(goal);
    const submitted = await taken(plan, staff, 'submit');
    expect(submitted.digest).toMatchObject({ title: 'Hägerstensåsens förskolor – Verksamhetsplan 2021', progress: null, assessed: null, belowTarget: null });
    expect(submitted.digest.goals).toBeGreaterThan(0);

    const locked = 'Planen är inskickad och kan inte ändras. Enhetens rektor kan återremittera den för ändring.';
    const patch = (as: string, eTag: string) => api.call(goal, { method: 'PATCH', as, headers: { 'if-match': eTag }, body: JSON.stringify({ workingMethods: 'Ändrat.' }) });
    await refused(await patch(staff, before.eTag), 409, locked);
    await refused(await api.call(`${plan}/goals`, { method: 'POST', as: staff, body: JSON.stringify({ level: 'unitGoal', parentId: 'nm-1.3-1', title: 'Nytt mål' }) }), 409, locked);
    await refused(await api.call(goal, { method: 'DELETE', as: rektor, headers: { 'if-match': before.eTag } }), 409, locked);
    expect(await get(goal)).toEqual(before);

    const todo = await get('/todo?year=2021', rektor);
    expect(todo[0]).toMatchObject({ subject: 'unitPlan', unitId: HAG, reason: 'toApprove', state: 'submitted', unitName: 'Hägerstensåsens förskolor' });
    await refused(await step(plan, rektor, 'return', { ifMatch: submitted.eTag }), 400, 'Skriv vad som behöver ändras när du återremitterar enhetens plan.');
    const returned = await taken(plan, rektor, 'return', { ifMatch: submitted.eTag, comment: 'Lägg till ett mål om språket.' });
    expect(returned).toMatchObject({ state: 'returned', allowed: ['submit'] });
    expect((await get('/todo?year=2021', staff)).find((i: { subject: string }) => i.subject === 'unitPlan')).toMatchObject({
      reason: 'returned',
      comment: 'Lägg till ett mål om språket.',
      changedBy: { id: rektor },
    });

    const patched = await patch(staff, before.eTag);
    expect(patched.status).toBe(200);
    const resubmitted = await taken(plan, staff, 'submit', { ifMatch: returned.eTag });
    const approved = await taken(plan, rektor, 'approve', { ifMatch: resubmitted.eTag });
    expect(steps(approved).map(([action]) => action)).toEqual(['approve', 'submit', 'return', 'submit']);
    await refused(await patch(rektor, (await patched.json()).eTag), 409, 'Planen är godkänd och kan inte ändras. Enhetens rektor kan öppna den igen.');
    expect((await get(goal)).workingMethods).toBe('Ändrat.');

    const rows = await get('/approvals?year=2021', staff);
    expect(rows.map((r: { subject: string; period: string | null; state: string }) => [r.subject, r.period, r.state])).toEqual([
      ['unitPlan', null, 'approved'],
      ['unitReport', 'T1', 'draft'],
      ['unitReport', 'T2', 'draft'],
      ['unitReport', 'VB', 'draft'],
    ]);
    const all = await get('/approvals?year=2021', chef);
    expect(new Set(all.map((r: { unitId: string | null }) => r.unitId))).toEqual(new Set([HAG, 'malarhojden-vastertorps-forskolor', null]));
    expect(all.filter((r: { subject: string }) => r.subject === 'summary')).toHaveLength(3);
  });

  it('the avdelningschef returns an approved report with a comment; the unit sees it, edits again and submits', async () => {
    expect((await putReport('T2', staff, { goals: content.goals })).status).toBe(200);
    const submitted = await taken(reportOf('T2'), staff, 'submit');
    const approved = await taken(reportOf('T2'), rektor, 'approve', { ifMatch: submitted.eTag });
    expect((await get('/todo?year=2021', chef)).filter((i: { reason: string }) => i.reason === 'toApprove')).toEqual([
      expect.objectContaining({ subject: 'unitReport', unitId: HAG, period: 'T2', state: 'approved' }),
    ]);
    await refused(await step(reportOf('T2'), chef, 'return', { ifMatch: approved.eTag, comment: '   ' }), 400, 'Skriv vad som behöver ändras när du återremitterar enhetens rapport.');
    const returned = await taken(reportOf('T2'), chef, 'return', { ifMatch: approved.eTag, comment: 'Analysen av målet saknar underlag.' });
    expect(steps(returned)[0]).toEqual(['return', 'approved', 'returned', 1, chef, 'Analysen av målet saknar underlag.']);

    const report = await get(reportOf('T2'), staff);
    expect(report).toMatchObject({ status: 'returned', statusBy: 'Avdelningschef, avdelningen för förskola' });
    expect((await get('/todo?year=2021', staff)).find((i: { period: string | null }) => i.period === 'T2')).toMatchObject({ reason: 'returned', comment: 'Analysen av målet saknar underlag.' });
    const fixed = await putReport('T2', staff, { goals: [{ ...content.goals[0], analysis: 'Med underlag.' }] }, report.eTag);
    expect(fixed.status).toBe(200);
    expect((await get(reportOf('T2'))).goals[0].analysis).toBe('Med underlag.');
    expect(await taken(reportOf('T2'), staff, 'submit', { ifMatch: returned.eTag })).toMatchObject({ state: 'submitted', version: 1 });
    const overview = await get(`/forvaltningar/${F}/overview?year=2021&period=T2`);
    expect(overview.units.find((u: { unitId: string }) => u.unitId === HAG).reportStatus).toBe('submitted');
  });

  it('refuses in Swedish: 403 who may, 409 wrong state, 400 comment, key and body, 428 without If-Match, 412 stale with the current view', async () => {
    const key = { key: randomUUID() };
    await refused(await step(reportOf('T1'), rektor, 'approve', key), 409, 'Det går inte att godkänna enhetens rapport när den är utkast, bara när den är inskickad.');
    await refused(await step(reportOf('T1'), chef, 'submit'), 403, 'Bara enhetens personal och rektor kan skicka in enhetens rapport.');
    await refused(await step(reportOf('T1'), 'dev-personal-mv', 'submit'), 403, 'Bara enhetens personal och rektor kan skicka in enhetens rapport.');
    await refused(await step(reportOf('T1'), staff, 'submit', { key: null }), 400, /^Idempotency-Key saknas/);
    await refused(await step(reportOf('T1'), staff, 'submit', { key: 'två ord' }), 400, /^Ogiltig Idempotency-Key/);
    await refused(await step(reportOf('T1'), staff, 'submit', { body: '{"action":' }), 400, /^Ogiltig JSON/);
    await refused(await step(reportOf('T1'), staff, 'submit', { body: '{"action":"publish"}' }), 400, /^Ogiltiga uppgifter/);
    await refused(await step(reportOf('T1'), staff, 'submit', { body: '{"action":"submit","by":"rektor"}' }), 400, /^Ogiltiga uppgifter/);
    await refused(await step(reportOf('T1'), staff, 'submit', { body: '[]' }), 400, /^Ogiltiga uppgifter/);
    await refused(await step(reportOf('T1'), staff, 'submit', { ifMatch: '"gammal"' }), 412, /^Någon annan har ändrat/);
    await refused(await step(`${plan}/reports/T4`, staff, 'submit'), 400, 'Ange period T1, T2 eller VB');
    await refused(await step('/units/finns-inte/plans/2021', staff, 'submit'), 404, 'Enheten "finns-inte" finns inte');
    await refused(await api.call(`${plan}/approval`, { method: 'DELETE', as: staff }), 405, /^DELETE stöds inte/);
    expect((await view(reportOf('T1'))).history).toEqual([]);

    const submitted = await taken(reportOf('T1'), staff, 'submit');
    await refused(await step(reportOf('T1'), rektor, 'approve'), 428, /^If-Match saknas/);
    await refused(await step(reportOf('T1'), staff, 'approve', { ifMatch: submitted.eTag }), 403, 'Bara enhetens rektor kan godkänna enhetens rapport.');
    await refused(await step(reportOf('T1'), staff, 'submit', { ifMatch: submitted.eTag }), 409, 'Det går inte att skicka in enhetens rapport när den är inskickad, bara när den är utkast eller återremitterad.');
    const approved = await taken(reportOf('T1'), rektor, 'approve', { ifMatch: submitted.eTag });
    const stale = await step(reportOf('T1'), rektor, 'reopen', { ifMatch: submitted.eTag });
    expect(stale.status).toBe(412);
    expect((await stale.json()).error.current).toEqual(approved);
    expect(steps(await view(reportOf('T1')))).toHaveLength(2);
  });

  it('the same Idempotency-Key again answers the step already taken, also with a stale If-Match: one event', async () => {
    const key = randomUUID();
    const first = await taken(reportOf('T1'), staff, 'submit', { key });
    const again = await step(reportOf('T1'), staff, 'submit', { key });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    const approveKey = randomUUID();
    const approved = await taken(reportOf('T1'), rektor, 'approve', { key: approveKey, ifMatch: first.eTag });
    const retried = await step(reportOf('T1'), rektor, 'approve', { key: approveKey, ifMatch: first.eTag });
    expect({ status: retried.status, body: await retried.json() }).toEqual({ status: 200, body: approved });
    expect(steps(approved).map(([action]) => action)).toEqual(['approve', 'submit']);
    // Two tabs sending the same request at once: one step.
    const reopenKey = randomUUID();
    const both = await Promise.all([1, 2].map(() => step(reportOf('T1'), rektor, 'reopen', { key: reopenKey, ifMatch: approved.eTag })));
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(steps(await view(reportOf('T1'))).map(([action]) => action)).toEqual(['reopen', 'approve', 'submit']);
  });

  it('two approvals at once from two tabs (different keys): exactly one step, the other gets the current state', async () => {
    // Both read no record yet: If-Match * (a record someone created meanwhile is not the one they read).
    const firsts = await Promise.all([staff, rektor].map((as) => step(plan, as, 'submit', { ifMatch: '*' })));
    expect(firsts.map((r) => r.status).sort()).toEqual(expect.arrayContaining([200]));
    expect(firsts.filter((r) => r.status === 200)).toHaveLength(1);
    const loser = firsts.find((r) => r.status !== 200)!;
    expect([409, 412]).toContain(loser.status);
    const submitted = await view(plan);
    expect(submitted.history).toHaveLength(1);

    const approvals = await Promise.all([1, 2].map(() => step(plan, rektor, 'approve', { ifMatch: submitted.eTag })));
    expect(approvals.filter((r) => r.status === 200)).toHaveLength(1);
    const other = approvals.find((r) => r.status !== 200)!;
    expect([409, 412]).toContain(other.status);
    const now = await view(plan);
    if (other.status === 412) expect((await other.json()).error.current).toMatchObject({ state: 'approved', eTag: now.eTag });
    expect(steps(now).map(([action]) => action)).toEqual(['approve', 'submit']);
    expect(await api.store.list('approvalEvent', { unitId: HAG, year: 2021 })).toHaveLength(2);
  });

  it('a report marked ready before approvals reads as submitted, and the next step starts from there', async () => {
    const header = { id: reportId(HAG, 2021, 'VB'), forvaltningId: F, unitId: HAG, year: 2021, period: 'VB' as const };
    await api.store.create('report', { ...header, status: 'ready', readyAt: '2022-01-08T09:00:00.000Z', readyBy: 'Rektor Gammal' }, { id: 'old', name: 'Rektor Gammal' });
    expect(await get(reportOf('VB'))).toMatchObject({ status: 'submitted', statusAt: '2022-01-08T09:00:00.000Z', statusBy: 'Rektor Gammal' });
    expect(await view(reportOf('VB'))).toMatchObject({ state: 'submitted', version: 1, eTag: null, allowed: ['approve', 'return'] });
    const overview = await get(`/forvaltningar/${F}/overview?year=2021&period=VB`);
    expect(overview.units.find((u: { unitId: string }) => u.unitId === HAG).reportStatus).toBe('submitted');
    expect((await get('/approvals?year=2021', staff)).find((r: { period: string | null }) => r.period === 'VB')).toMatchObject({
      state: 'submitted',
      changedBy: { name: 'Rektor Gammal' },
    });
    await refused(await putReport('VB', staff, content, (await get(reportOf('VB'))).eTag), 409, /^Rapporten är inskickad/);

    const returned = await taken(reportOf('VB'), rektor, 'return', { comment: 'Fyll i indikatorerna.' });
    expect(steps(returned)).toEqual([['return', 'submitted', 'returned', 1, rektor, 'Fyll i indikatorerna.']]);
    expect((await putReport('VB', staff, { goals: content.goals }, (await get(reportOf('VB'))).eTag)).status).toBe(200);
    const stored = await api.store.get('report', header.id);
    expect(stored).not.toHaveProperty('status');
    expect(stored).not.toHaveProperty('readyBy');
  });

  it("approves the förvaltning's latest summary for the period; none yet is a conflict", async () => {
    await refused(await step(summaryOf('T1'), chef, 'submit'), 409, 'Det finns ingen sammanställning för T1 2021 än. Ta fram den först, sedan kan den skickas in och godkännas.');
    const created = await api.call(`/forvaltningar/${F}/summaries?year=2021&period=T1`, { method: 'POST', as: chef });
    expect(created.status).toBe(201);
    const summary = await created.json();
    const submitted = await taken(summaryOf('T1'), chef, 'submit');
    expect(submitted.digest).toMatchObject({ title: 'Hägersten-Älvsjö stadsdelsförvaltning – Tertialsammanställning T1 2021', progress: { filled: 0, total: 2 } });
    expect(submitted.digest.goals).toBe(summary.overview.committeeGoals.length);
    await refused(await step(summaryOf('T1'), rektor, 'approve', { ifMatch: submitted.eTag }), 403, 'Bara förvaltningens avdelningschef kan godkänna förvaltningens sammanställning.');
    expect((await view(summaryOf('T1'), staff)).allowed).toEqual([]);
    const approved = await taken(summaryOf('T1'), chef, 'approve', { ifMatch: submitted.eTag });
    expect(approved).toMatchObject({ subject: 'summary', unitId: null, period: 'T1', state: 'approved' });
    const [event] = (await api.store.list('approvalEvent', { forvaltningId: F, unitId: null, year: 2021, period: 'T1' })).filter((e) => e.action === 'approve');
    expect((event!.snapshot as { id: string }).id).toBe(summary.id);
    // The summary itself and its Word file are still where they were.
    expect((await get(`/forvaltningar/${F}/summaries/${summary.id}`)).id).toBe(summary.id);
    expect((await api.call(`/forvaltningar/${F}/summaries/${summary.id}.docx`)).status).toBe(200);
  });

  it('lists what is due soon: on the year 2021 every draft the caller submits is past its deadline', async () => {
    const todo = await get('/todo?year=2021', staff);
    expect(todo.map((i: { subject: string; period: string | null; reason: string; dueDate: string }) => [i.subject, i.period, i.reason, i.dueDate])).toEqual([
      ['unitPlan', null, 'dueSoon', '2021-02-28'],
      ['unitReport', 'T1', 'dueSoon', '2021-05-10'],
      ['unitReport', 'T2', 'dueSoon', '2021-09-10'],
      ['unitReport', 'VB', 'dueSoon', '2022-01-10'],
    ]);
    expect(await get('/todo?year=2021', rektor)).toHaveLength(4);
    expect((await get('/todo?year=2021', chef)).map((i: { subject: string; period: string }) => [i.subject, i.period])).toEqual([
      ['summary', 'T1'],
      ['summary', 'T2'],
      ['summary', 'VB'],
    ]);
    expect(await get('/todo?year=2021')).toEqual(expect.any(Array));
    expect((await api.call('/todo?year=tjugo', { as: staff })).status).toBe(400);
    expect((await api.call('/approvals', { as: staff })).status).toBe(400);
  });
});
