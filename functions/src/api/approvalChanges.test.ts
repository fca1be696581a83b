// What changed since the version last approved, over real HTTP on both stores: the plan and a report are
// approved, reopened and edited; the changes name the items, the fields, and the values before and after.
import { randomUUID } from 'node:crypto';
import { apiOnEachStore, type StoreApi } from '../testing/apiOnEachStore';

jest.setTimeout(60_000);

const plan = '/units/hagerstensasens-forskolor/plans/2021';
const staff = 'dev-personal-hag';
const rektor = 'dev-rektor-hag';

describe.each(apiOnEachStore)('changes since the approved version (%s)', (_name, start) => {
  let api: StoreApi;
  beforeEach(async () => {
    api = await start();
  });
  afterEach(() => api.stop());

  // Bodies are whatever the API answered; the expectations check them.
  const json = async (response: Response, status = 200): Promise<any> => {
    const body = await response.json();
    expect({ status: response.status, body }).toMatchObject({ status });
    return body;
  };
  const step = async (subject: string, as: string, action: string) => {
    const current = await json(await api.call(`${subject}/approval`, { as }));
    return json(
      await api.call(`${subject}/approval`, {
        method: 'POST',
        as,
        headers: { 'idempotency-key': randomUUID(), 'if-match': current.eTag ?? '*' },
        body: JSON.stringify({ action }),
      }),
    );
  };
  const changes = async (subject: string) => json(await api.call(`${subject}/approval/changes`, { as: staff }));

  it('a plan: nothing before it is approved, nothing right after, then the goal edited after reopening with before and after', async () => {
    expect(await changes(plan)).toEqual({ approved: null, changes: [] });
    await step(plan, staff, 'submit');
    const approved = await step(plan, rektor, 'approve');
    const atApproval = await changes(plan);
    expect(atApproval).toEqual({ approved: { version: 1, at: approved.history[0].at, by: { id: rektor, name: expect.any(String) } }, changes: [] });

    await step(plan, rektor, 'reopen');
    const goal = await json(await api.call(`${plan}/goals/hag-em-1`, { as: staff }));
    await json(await api.call(`${plan}/goals/hag-em-1`, { method: 'PATCH', as: staff, headers: { 'if-match': goal.eTag }, body: JSON.stringify({ workingMethods: 'Nytt arbetssätt.' }) }));
    const created = await json(
      await api.call(`${plan}/goals`, { method: 'POST', as: staff, body: JSON.stringify({ level: 'unitGoal', parentId: 'nm-1.3-1', title: 'Ett nytt enhetsmål' }) }),
      201,
    );

    const after = await changes(plan);
    expect(after.approved).toEqual(atApproval.approved);
    expect(after.changes).toEqual([
      { key: 'hag-em-1', title: goal.title, change: 'changed', fields: [{ field: 'workingMethods', before: goal.workingMethods, after: 'Nytt arbetssätt.' }] },
      { key: created.id, title: 'Ett nytt enhetsmål', change: 'added', fields: [] },
    ]);
  });

  it('a report: its entries are titled by the plan’s goals, and only what the unit wrote counts', async () => {
    const report = `${plan}/reports/T1`;
    const put = async (assessment: string, eTag: string | null) =>
      json(
        await api.call(report, {
          method: 'PUT',
          as: staff,
          headers: eTag ? { 'if-match': eTag } : {},
          body: JSON.stringify({ goals: [{ goalId: 'hag-em-1', assessment, analysis: 'Analys.' }] }),
        }),
      );
    const first = await put('fully', null);
    await step(report, staff, 'submit');
    await step(report, rektor, 'approve');
    await step(report, rektor, 'reopen');
    const goal = await json(await api.call(`${plan}/goals/hag-em-1`, { as: staff }));
    const reread = await json(await api.call(report, { as: staff }));
    expect(reread.eTag).toBe(first.eTag);
    await put('not', reread.eTag);
    expect((await changes(report)).changes).toEqual([
      { key: 'goalId:hag-em-1', title: goal.title, change: 'changed', fields: [{ field: 'assessment', before: 'fully', after: 'not' }] },
    ]);
  });

  it('answers 404 for an unknown unit and 400 for a malformed period', async () => {
    expect((await api.call('/units/nope/plans/2021/approval/changes')).status).toBe(404);
    expect((await api.call(`${plan}/reports/T4/approval/changes`)).status).toBe(400);
  });
});
