import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Activity, AuditEntry, Goal, PlanTree, Stored } from '@vp/shared';
import { readFollowUpData } from '../app/overview/followUpData';
import { startApiHost, type ApiHost } from '../testing/apiHost';
import { GraphFake } from '../testing/graphFake';
import { serveSharePointApi } from '../testing/sharePointApi';

let api: ApiHost;
beforeEach(async () => {
  api = await startApiHost();
});
afterEach(() => api.stop());

const hagItems = '/units/hagerstensasens-forskolor/plans/2021';
const staffHag = 'dev-personal-hag';
const staffMv = 'dev-personal-mv';
const chef = 'dev-avdelningschef';
const newGoal = { level: 'unitGoal', parentId: 'nm-1.3-1', title: 'Alla barn får läsa varje dag', workingMethods: 'Högläsning efter lunch.' };

async function createGoal(as = staffHag) {
  const response = await api.call(`${hagItems}/goals`, { method: 'POST', as, body: JSON.stringify(newGoal) });
  expect(response.status).toBe(201);
  return { etag: response.headers.get('etag')!, goal: await response.json() };
}
const patch = (path: string, as: string, body: unknown, ifMatch?: string) =>
  api.call(path, { method: 'PATCH', as, body: JSON.stringify(body), headers: ifMatch ? { 'if-match': ifMatch } : {} });
const auditOf = async (itemId: string): Promise<AuditEntry[]> => (await api.call(`/audit?itemId=${itemId}`)).json();

describe('writing a unit plan over HTTP', () => {
  it('creates an enhetsmål under a nämndmål, with an eTag and an audit entry', async () => {
    const { etag, goal } = await createGoal();
    expect(goal).toMatchObject({ ...newGoal, unitId: 'hagerstensasens-forskolor', year: 2021, expectedResults: [], eTag: etag });
    expect(goal.order).toBe(1); // after the unit goal already under this nämndmål

    const tree: PlanTree = await (await api.call(hagItems)).json();
    const nm = tree.goals[0]!.children.find((g) => g.number === '1.3')!.children.find((g) => g.id === 'nm-1.3-1')!;
    expect(nm.children.map((g) => g.title)).toContain('Alla barn får läsa varje dag');
    const [entry] = await auditOf(goal.id);
    expect(entry).toMatchObject({ action: 'create', actor: { id: staffHag }, unitId: 'hagerstensasens-forskolor' });
  });

  it('updates with If-Match, refuses a stale eTag with the newer version and keeps it', async () => {
    const { etag, goal } = await createGoal();
    const first = await patch(`${hagItems}/goals/${goal.id}`, staffHag, { workingMethods: 'Läsfixare varje förmiddag.' }, etag);
    expect(first.status).toBe(200);
    const newEtag = first.headers.get('etag');
    expect(newEtag).not.toBe(etag);

    const stale = await patch(`${hagItems}/goals/${goal.id}`, 'dev-rektor-hag', { workingMethods: 'Gammal text' }, etag);
    expect(stale.status).toBe(412);
    const refusal = await stale.json();
    expect(refusal.error.message).toContain('Någon annan har ändrat');
    expect(refusal.error.current).toMatchObject({ workingMethods: 'Läsfixare varje förmiddag.', eTag: newEtag });

    const current = await (await api.call(`${hagItems}/goals/${goal.id}`)).json();
    expect(current.workingMethods).toBe('Läsfixare varje förmiddag.');
    const trail = await auditOf(goal.id);
    expect(trail.map((e) => e.action)).toEqual(['update', 'create']);
    expect(trail[0]!.changes).toEqual([{ field: 'workingMethods', before: 'Högläsning efter lunch.', after: 'Läsfixare varje förmiddag.' }]);
  });

  it('requires If-Match for updates and deletes (428)', async () => {
    const { goal } = await createGoal();
    expect((await patch(`${hagItems}/goals/${goal.id}`, staffHag, { title: 'Ny' })).status).toBe(428);
    expect((await api.call(`${hagItems}/goals/${goal.id}`, { method: 'DELETE', as: staffHag })).status).toBe(428);
  });

  it('keeps förvaltning items read-only in a unit plan (403) and lets the avdelningschef edit them', async () => {
    const nm = await api.call(`${hagItems}/goals/nm-1.3-1`);
    const etag = nm.headers.get('etag')!;
    const refused = await patch(`${hagItems}/goals/nm-1.3-1`, 'dev-rektor-hag', { title: 'Ändrad' }, etag);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toContain('ägs av förvaltningen');
    expect((await api.call(`${hagItems}/activities/act-nm-1.3-1-1`, { method: 'DELETE', as: chef, headers: { 'if-match': '"x"' } })).status).toBe(403);
    const addNamndmal = await api.call(`${hagItems}/goals`, { method: 'POST', as: staffHag, body: JSON.stringify({ ...newGoal, level: 'committeeGoal', parentId: 'kf-1.3' }) });
    expect(addNamndmal.status).toBe(403);

    const staffTries = await patch(`/forvaltningar/hagersten-alvsjo/plans/2021/goals/nm-1.3-1`, staffHag, { title: 'Ändrad' }, etag);
    expect(staffTries.status).toBe(403);
    const chefEdits = await patch(`/forvaltningar/hagersten-alvsjo/plans/2021/goals/nm-1.3-1`, chef, { description: 'Ny beskrivning' }, etag);
    expect(chefEdits.status).toBe(200);
    const mvTree: PlanTree = await (await api.call('/units/malarhojden-vastertorps-forskolor/plans/2021')).json();
    expect(mvTree.goals[0]!.children[1]!.children[0]!.description).toBe('Ny beskrivning'); // every unit inherits it
  });

  it("does not let one unit's staff write another unit's plan, nor anyone without identity", async () => {
    const { etag, goal } = await createGoal();
    expect((await patch(`${hagItems}/goals/${goal.id}`, staffMv, { title: 'Kapad' }, etag)).status).toBe(403);
    expect((await patch(`/units/malarhojden-vastertorps-forskolor/plans/2021/goals/${goal.id}`, staffMv, { title: 'Kapad' }, etag)).status).toBe(404);
    const anonymous = await api.call(`${hagItems}/goals`, { method: 'POST', body: JSON.stringify(newGoal) });
    expect(anonymous.status).toBe(401);
    expect((await api.call(`${hagItems}/goals/${goal.id}`)).headers.get('etag')).toBe(etag);
  });

  it('deletes an enhetsmål with the activities under it, and refuses a förvaltning delete that would take unit goals', async () => {
    const { etag, goal } = await createGoal();
    const activity = await api.call(`${hagItems}/activities`, {
      method: 'POST',
      as: staffHag,
      body: JSON.stringify({ parentId: goal.id, text: 'Bokcirkel för personalen', start: '2021-02-01', end: '2021-06-15' }),
    });
    expect(activity.status).toBe(201);
    const { id: activityId } = await activity.json();

    const deleted = await api.call(`${hagItems}/goals/${goal.id}`, { method: 'DELETE', as: staffHag, headers: { 'if-match': etag } });
    expect(deleted.status).toBe(204);
    expect((await api.call(`${hagItems}/goals/${goal.id}`)).status).toBe(404);
    expect((await api.call(`${hagItems}/activities/${activityId}`)).status).toBe(404);
    expect((await auditOf(activityId)).map((e) => e.action)).toEqual(['delete', 'create']);

    const nm = await api.call(`/forvaltningar/hagersten-alvsjo/plans/2021/goals/nm-1.3-1`);
    const refused = await api.call(`/forvaltningar/hagersten-alvsjo/plans/2021/goals/nm-1.3-1`, { method: 'DELETE', as: chef, headers: { 'if-match': nm.headers.get('etag')! } });
    expect(refused.status).toBe(409);
    expect((await api.call(`/forvaltningar/hagersten-alvsjo/plans/2021/goals/nm-1.3-1`)).status).toBe(200);
  });

  it('edits the plan text sections of the unit', async () => {
    const section = await api.call(`${hagItems}/sections/hag-sec-inledning`);
    const updated = await patch(`${hagItems}/sections/hag-sec-inledning`, 'dev-rektor-hag', { text: 'Ny inledning.' }, section.headers.get('etag')!);
    expect(updated.status).toBe(200);
    const tree: PlanTree = await (await api.call(hagItems)).json();
    expect(tree.sections.find((s) => s.key === 'inledning')!.text).toBe('Ny inledning.');
  });
});

describe('a delete of a goal with what hangs under it that fails midway leaves everything', () => {
  /** A new enhetsmål with an activity and an indicator under it, over whichever API `call` reaches. */
  async function goalWithChildren(call: ApiHost['call']) {
    const created = await call(`${hagItems}/goals`, { method: 'POST', as: staffHag, body: JSON.stringify(newGoal) });
    const goal = await created.json();
    const activity = await call(`${hagItems}/activities`, {
      method: 'POST',
      as: staffHag,
      body: JSON.stringify({ parentId: goal.id, text: 'Bokcirkel för personalen', start: '2021-02-01', end: '2021-06-15' }),
    });
    const indicator = await call(`${hagItems}/indicators`, {
      method: 'POST',
      as: staffHag,
      body: JSON.stringify({ parentId: goal.id, name: 'Antal lästa böcker', measureUnit: 'st', direction: 'higherIsBetter', annualTarget: null, councilTarget: null, periodicity: 'tertial', aggregation: { rule: 'sum' } }),
    });
    expect([created.status, activity.status, indicator.status]).toEqual([201, 201, 201]);
    return { goal, etag: created.headers.get('etag')!, activityId: (await activity.json()).id as string, indicatorId: (await indicator.json()).id as string };
  }
  const read = async (call: ApiHost['call'], path: string) => {
    const response = await call(path);
    return { status: response.status, body: response.status === 200 ? await response.json() : null };
  };
  const auditOfUnit = async (call: ApiHost['call']): Promise<AuditEntry[]> => (await call('/audit?unitId=hagerstensasens-forskolor&limit=1000')).json();

  it('on SQLite: the store fails on the goal after its activity and indicator were removed', async () => {
    const { goal, etag, activityId, indicatorId } = await goalWithChildren(api.call);
    const paths = [`${hagItems}/goals/${goal.id}`, `${hagItems}/activities/${activityId}`, `${hagItems}/indicators/${indicatorId}`];
    const before = await Promise.all(paths.map((p) => read(api.call, p)));
    const auditBefore = await auditOfUnit(api.call);
    const db = new Database(join(api.dataDir, 'verksamhetsplan.db'));
    db.exec(`CREATE TRIGGER fail_goal_delete BEFORE DELETE ON items WHEN OLD.kind = 'goal' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    db.close();
    const deleted = await api.call(paths[0]!, { method: 'DELETE', as: staffHag, headers: { 'if-match': etag } });
    expect(deleted.status).toBe(500);
    expect(await Promise.all(paths.map((p) => read(api.call, p)))).toEqual(before);
    expect(before.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await auditOfUnit(api.call)).toEqual(auditBefore);
  });

  describe('over SharePoint', () => {
    const fake = new GraphFake();
    let sharePoint: Awaited<ReturnType<typeof serveSharePointApi>>;
    beforeAll(async () => {
      fake.listen();
      sharePoint = await serveSharePointApi(fake, readFollowUpData);
    });
    afterAll(async () => {
      await sharePoint.close();
      fake.close();
    });
    afterEach(() => {
      fake.beforeBatchedRequest = undefined;
    });

    it('another writer changes the goal after its children were removed: 412, and the children are back', async () => {
      const { goal, etag, activityId, indicatorId } = await goalWithChildren(sharePoint.call);
      const paths = [`${hagItems}/goals/${goal.id}`, `${hagItems}/activities/${activityId}`, `${hagItems}/indicators/${indicatorId}`];
      const before = await Promise.all(paths.map((p) => read(sharePoint.call, p)));
      const auditBefore = await auditOfUnit(sharePoint.call);
      let theirs: Stored<Goal> | undefined;
      fake.beforeBatchedRequest = async (r) => {
        if (r.method !== 'DELETE' || theirs !== undefined) return;
        const { eTag: _, ...current } = goal as Stored<Goal>;
        theirs = await sharePoint.store.update('goal', { ...current, title: 'Någon annans titel' }, etag, { id: 'dev-rektor-hag', name: 'Rektor' });
      };
      const deleted = await sharePoint.call(paths[0]!, { method: 'DELETE', as: staffHag, headers: { 'if-match': etag } });
      expect(deleted.status).toBe(412);
      expect((await deleted.json()).error.current).toEqual(theirs);
      expect(fake.batchedRequests.map((r) => `${r.method} ${r.status}`).filter((s) => s.startsWith('DELETE'))).toContain('DELETE 412');

      const after = await Promise.all(paths.map((p) => read(sharePoint.call, p)));
      expect(after[0]!.body).toEqual(theirs);
      // the children come back with every field as before; SharePoint gives a re-created item a new eTag
      const withoutETag = (r: { body: Stored<Activity> | null }) => ({ ...r.body, eTag: undefined });
      expect(after.slice(1).map(withoutETag)).toEqual(before.slice(1).map(withoutETag));
      expect(after.map((r) => r.status)).toEqual([200, 200, 200]);
      const audit = await auditOfUnit(sharePoint.call);
      expect(audit.slice(1)).toEqual(auditBefore);
      expect(audit[0]).toMatchObject({ action: 'update', itemId: goal.id });
    });
  });
});
