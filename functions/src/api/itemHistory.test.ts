// The versions of a plan item and restoring an earlier one, over both stores (SQLite file; SharePoint
// through the real Graph client against the HTTP-level fake), reading back the whole item each time.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { AuditEntry, Collection, ItemHistory } from '@vp/shared';
import { startApiHost } from '../testing/apiHost';
import { apiOnEachStore as stores, type StoreApi } from '../testing/apiOnEachStore';
import { fullItem, fullItems, otherValues } from '../testing/fullPlanItems';

const plan = '/units/hagerstensasens-forskolor/plans/2021';
const rektor = 'dev-rektor-hag';
const staff = 'dev-personal-hag';
const withoutETag = ({ eTag: _, ...item }: Record<string, unknown>) => item;

describe.each(stores)('item history over the %s store', (_name, open) => {
  let api: StoreApi;
  beforeAll(async () => {
    api = await open();
  });
  afterAll(() => api.stop());

  const read = async (path: string) => (await api.call(path)).json();
  const history = async (path: string): Promise<ItemHistory> => {
    const response = await api.call(`${path}/versions`);
    expect(response.status).toBe(200);
    return response.json();
  };
  async function create(collection: Collection, as = rektor) {
    const response = await api.call(`${plan}/${collection}`, { method: 'POST', as, body: JSON.stringify(fullItem(collection)) });
    expect(response.status).toBe(201);
    const item = await response.json();
    return { path: `${plan}/${collection}/${item.id}`, item };
  }
  async function patch(path: string, as: string, body: object) {
    const { eTag } = await read(path);
    const response = await api.call(path, { method: 'PATCH', as, headers: { 'if-match': eTag }, body: JSON.stringify(body) });
    expect(response.status).toBe(200);
    return response.json();
  }
  const restore = (path: string, versionId: string, as: string, ifMatch?: string) =>
    api.call(`${path}/versions/${versionId}/restore`, { method: 'POST', as, headers: ifMatch ? { 'if-match': ifMatch } : {} });

  it('lists every version of a goal, newest first: who, when, what changed, and the whole item as it was', async () => {
    const { path, item: v1 } = await create('goals');
    const v2 = await patch(path, rektor, { workingMethods: 'Högläsning varje morgon.' });
    const v3 = await patch(path, staff, { title: 'Alla barn läser och skriver', development: '' });

    const { itemId, eTag, complete, versions } = await history(path);
    expect({ itemId, eTag, complete }).toEqual({ itemId: v1.id, eTag: v3.eTag, complete: true });
    expect(versions.map((v) => [v.number, v.action, v.actor.id])).toEqual([
      [3, 'update', staff],
      [2, 'update', rektor],
      [1, 'create', rektor],
    ]);
    expect(versions.map((v) => v.item)).toEqual([withoutETag(v3), withoutETag(v2), withoutETag(v1)]);
    expect(versions[0]!.changes).toEqual([
      { field: 'title', before: 'Alla barn läser varje dag', after: 'Alla barn läser och skriver' },
      { field: 'development', before: 'Vi vill prova bokcirklar.', after: '' },
    ]);
    expect(versions[1]!.changes).toEqual([{ field: 'workingMethods', before: 'Högläsning efter lunch.', after: 'Högläsning varje morgon.' }]);
    const audit: AuditEntry[] = await read(`/audit?itemId=${v1.id}`);
    expect(versions.map((v) => [v.id, v.at])).toEqual(audit.map((e) => [e.id, e.at]));
  });

  it('restores an earlier version as a new audited write; the whole item reads back as that version', async () => {
    const { path, item: v1 } = await create('goals');
    const v2 = await patch(path, rektor, { workingMethods: 'Högläsning varje morgon.', expectedResults: [] });
    await patch(path, staff, { title: 'Ny titel', followUp: ['Varje vecka'] });
    const before = await history(path);
    const first = before.versions.at(-1)!;

    const response = await restore(path, first.id, staff, before.eTag);
    expect(response.status).toBe(200);
    const restored = await response.json();
    expect(response.headers.get('etag')).toBe(restored.eTag);
    expect(restored.eTag).not.toBe(before.eTag);
    const now = await read(path);
    expect(now).toEqual(restored);
    expect(withoutETag(now)).toEqual(withoutETag(v1));

    const after = await history(path);
    expect(after.complete).toBe(true);
    expect(after.versions.map((v) => v.number)).toEqual([4, 3, 2, 1]);
    expect(after.versions[0]).toMatchObject({ action: 'update', actor: { id: staff }, item: withoutETag(v1) });
    expect(after.versions[0]!.changes.map((c) => c.field).sort()).toEqual(['expectedResults', 'followUp', 'title', 'workingMethods']);
    expect(after.versions.slice(1).map((v) => v.item)).toEqual(before.versions.map((v) => v.item));

    // Back to version 2 in turn: again the whole item.
    const again = await restore(path, before.versions[1]!.id, rektor, now.eTag);
    expect(again.status).toBe(200);
    expect(withoutETag(await read(path))).toEqual(withoutETag(v2));
  });

  it.each(Object.keys(fullItems) as Collection[])('restores every field of %s', async (collection) => {
    const { path, item: original } = await create(collection);
    const changed = await patch(path, rektor, otherValues[collection]);
    expect(withoutETag(changed)).toEqual({ ...withoutETag(original), ...otherValues[collection] });
    const { versions, eTag } = await history(path);
    expect(versions.map((v) => v.item)).toEqual([withoutETag(changed), withoutETag(original)]);

    expect((await restore(path, versions[1]!.id, rektor, eTag)).status).toBe(200);
    expect(withoutETag(await read(path))).toEqual(withoutETag(original));
  });

  it('refuses a stale If-Match with 412 and the current version, and a missing one with 428; nothing is written', async () => {
    const { path } = await create('activities');
    await patch(path, rektor, { responsible: 'Förskollärare' });
    const { versions, eTag: old } = await history(path);
    const current = await patch(path, staff, { resources: '1 timme' });

    const stale = await restore(path, versions[1]!.id, rektor, old);
    expect(stale.status).toBe(412);
    expect((await stale.json()).error).toMatchObject({ code: 'PRECONDITION_FAILED', current });
    expect((await restore(path, versions[1]!.id, rektor)).status).toBe(428);
    expect(await read(path)).toEqual(current);
    expect((await history(path)).versions).toHaveLength(3);
  });

  it('restores with the permissions of a PATCH', async () => {
    const { path } = await create('sections');
    await patch(path, rektor, { text: 'Ändrad text' });
    const { versions, eTag } = await history(path);
    const first = versions[1]!.id;
    expect((await restore(path, first, 'dev-rektor-mv', eTag)).status).toBe(403);
    expect((await restore(path, first, '', eTag)).status).toBe(401);
    // A förvaltning goal seen through the unit is read-only: its history is shown, a restore refused.
    const spine = `${plan}/goals/nm-1.3-1`;
    const spineHistory = await history(spine);
    expect(spineHistory.versions.at(-1)).toMatchObject({ action: 'create', number: 1 });
    expect((await restore(spine, spineHistory.versions.at(-1)!.id, rektor, spineHistory.eTag)).status).toBe(403);
    expect((await read(path)).text).toBe('Ändrad text');
  });

  it('answers 404 for an unknown version, an unknown item and an item of another unit', async () => {
    const { path } = await create('goals');
    const { eTag } = await history(path);
    const unknownVersion = await restore(path, 'no-such-version', rektor, eTag);
    expect(unknownVersion.status).toBe(404);
    expect((await unknownVersion.json()).error.message).toContain('Hittar ingen version');
    expect((await api.call(`${plan}/goals/no-such-goal/versions`)).status).toBe(404);
    const otherUnit = path.replace('hagerstensasens-forskolor', 'malarhojden-vastertorps-forskolor');
    expect((await api.call(`${otherUnit}/versions`)).status).toBe(404);
    expect((await api.call(`${plan}/reports/T1/versions`)).status).toBe(404);
  });

  it('lets the avdelningschef restore a förvaltning goal through the förvaltning’s route', async () => {
    const spine = '/forvaltningar/hagersten-alvsjo/plans/2021/goals/nm-1.3-1';
    const original = await read(spine);
    await patch(spine, 'dev-avdelningschef', { title: 'Ändrat nämndmål', expectedResults: [] });
    const { versions, eTag } = await history(spine);
    const response = await restore(spine, versions[1]!.id, 'dev-avdelningschef', eTag);
    expect(response.status).toBe(200);
    expect(withoutETag(await read(spine))).toEqual(withoutETag(original));
    expect(withoutETag(await read(`${plan}/goals/nm-1.3-1`))).toEqual(withoutETag(original));
  });
});

describe('a trail with a write missing (SQLite)', () => {
  it('shows the versions it can vouch for and refuses to restore the others with 409', async () => {
    const api = await startApiHost();
    try {
      const path = `${plan}/goals`;
      const created = await api.call(path, { method: 'POST', as: rektor, body: JSON.stringify(fullItems.goals) });
      const goal = await created.json();
      const item = `${path}/${goal.id}`;
      let eTag = goal.eTag;
      for (const body of [{ title: 'Andra' }, { development: 'Tredje' }]) {
        const response = await api.call(item, { method: 'PATCH', as: rektor, headers: { 'if-match': eTag }, body: JSON.stringify(body) });
        eTag = (await response.json()).eTag;
      }
      // The entry of the second write disappears, as if its recording had failed.
      const db = new Database(join(api.dataDir, 'verksamhetsplan.db'));
      db.prepare("DELETE FROM audit WHERE item_id = ? AND changes LIKE '%Andra%'").run(goal.id);
      db.close();

      const history: ItemHistory = await (await api.call(`${item}/versions`)).json();
      expect(history.complete).toBe(false);
      expect(history.versions.map((v) => [v.number, v.item === null])).toEqual([
        [2, true],
        [1, true],
      ]);
      const refused = await api.call(`${item}/versions/${history.versions[1]!.id}/restore`, { method: 'POST', as: rektor, headers: { 'if-match': eTag } });
      expect(refused.status).toBe(409);
      expect((await refused.json()).error.message).toContain('ändringsloggen är ofullständig');
      expect((await (await api.call(item)).json()).title).toBe('Andra');
    } finally {
      await api.stop();
    }
  });
});
