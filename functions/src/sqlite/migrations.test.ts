import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Indicator } from '@vp/shared';
import { approvalId } from '../app/approvals/approvalId';
import { largeSummary } from '../testing/largeSummary';
import { SqliteStore } from './sqliteStore';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vp-migrations-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const indicator: Indicator = {
  id: 'ind-1',
  forvaltningId: 'f1',
  unitId: null,
  year: 2021,
  parentId: 'g1',
  order: 0,
  name: 'Antal platser för feriejobb',
  measureUnit: 'antal',
  direction: 'higherIsBetter',
  annualTarget: null,
  councilTarget: null,
  periodicity: 'tertial',
  aggregation: { rule: 'sum' },
  applicableUnitIds: ['u1'],
};

it('an indicator stored before applicableUnitIds existed reads as applying to every unit; a stored list is kept', async () => {
  const file = join(dir, 'plan.db');
  const store = new SqliteStore(file);
  await store.create('indicator', indicator, { id: 'a', name: 'A' });
  await store.create('indicator', { ...indicator, id: 'ind-2' }, { id: 'a', name: 'A' });
  await store.close();

  // ind-1 as a file from before the field: its JSON without it, the migration not yet applied.
  const db = new Database(file);
  db.prepare(`UPDATE items SET data = json_remove(data, '$.applicableUnitIds') WHERE id = 'ind-1'`).run();
  db.prepare('DELETE FROM schema_migrations WHERE version = 4').run(); // the migration that adds the field
  db.close();

  const reopened = new SqliteStore(file);
  const [old, listed] = [await reopened.get('indicator', 'ind-1'), await reopened.get('indicator', 'ind-2')];
  await reopened.close();
  expect(old).toMatchObject({ ...indicator, applicableUnitIds: null });
  expect(listed).toMatchObject({ ...indicator, id: 'ind-2', applicableUnitIds: ['u1'] });
});

it('units stored before group links are found as linked to no group, and by their group once linked', async () => {
  const file = join(dir, 'plan.db');
  const store = new SqliteStore(file);
  const unit = { id: 'u1', forvaltningId: 'f1', name: 'Enhet 1', description: '', preschools: [] };
  await store.create('unit', unit, { id: 'a', name: 'A' });
  await store.create('unit', { ...unit, id: 'u2' }, { id: 'a', name: 'A' });
  await store.close();

  // The file as it was before the migration that adds group_id (version 5). u2's JSON names a group,
  // as a row copied in from a newer file would: the migration fills the column from the JSON.
  const group = '00000000-0000-4000-8000-0000000000e1';
  const db = new Database(file);
  db.exec('DROP INDEX items_group; ALTER TABLE items DROP COLUMN group_id; DELETE FROM schema_migrations WHERE version = 5');
  db.prepare(`UPDATE items SET data = json_set(data, '$.groupId', ?) WHERE id = 'u2'`).run(group);
  db.close();

  const reopened = new SqliteStore(file);
  try {
    expect((await reopened.list('unit', { groupId: null })).map((u) => u.id)).toEqual(['u1']);
    expect((await reopened.list('unit', { groupId: group })).map((u) => u.id)).toEqual(['u2']);
    const u1 = (await reopened.get('unit', 'u1'))!;
    await reopened.update('unit', { ...unit, groupId: '00000000-0000-4000-8000-0000000000e3' }, u1.eTag, { id: 'a', name: 'A' });
    expect((await reopened.list('unit', { groupId: '00000000-0000-4000-8000-0000000000e3' })).map((u) => u.id)).toEqual(['u1']);
    expect(await reopened.list('unit', { groupId: null })).toEqual([]);
  } finally {
    await reopened.close();
  }
});

it('a report marked ready before approvals becomes a submitted approval, its header loses the status, and stored summaries say submitted', async () => {
  const file = join(dir, 'plan.db');
  const store = new SqliteStore(file);
  const actor = { id: 'a', name: 'A' };
  const scope = { forvaltningId: 'f1', unitId: 'u1', year: 2021 };
  const unitWithLongId = 'u'.repeat(95);
  await store.create('report', { ...scope, id: 'r1', period: 'T1' }, actor);
  await store.create('report', { ...scope, id: 'r2', period: 'T2' }, actor);
  await store.create('report', { ...scope, unitId: unitWithLongId, id: 'r3', period: 'VB' }, actor);
  await store.create('summary', largeSummary('s1', { units: 2 }), actor);
  await store.close();

  // The file as the version before approvals wrote it: r1 and r3 marked ready, r2 a draft, the summary saying "ready".
  const db = new Database(file);
  const legacy = (id: string, status: string, readyAt: string | null, readyBy: string | null) =>
    db.prepare(`UPDATE items SET data = json_set(data, '$.status', ?, '$.readyAt', ?, '$.readyBy', ?) WHERE kind = 'report' AND id = ?`).run(status, readyAt, readyBy, id);
  legacy('r1', 'ready', '2021-05-03T08:00:00.000Z', 'Rektor R');
  legacy('r2', 'draft', null, null);
  legacy('r3', 'ready', null, null);
  db.prepare(`UPDATE items SET data = replace(data, '"reportStatus":"submitted"', '"reportStatus":"ready"') WHERE kind = 'summary'`).run();
  expect((db.prepare(`SELECT data FROM items WHERE kind = 'summary'`).get() as { data: string }).data).toContain('"reportStatus":"ready"');
  db.prepare('DELETE FROM schema_migrations WHERE version = 6').run();
  db.close();

  const reopened = new SqliteStore(file);
  try {
    const approvals = await reopened.list('approval');
    expect(approvals.map(({ eTag: _, changedAt: _at, ...a }) => a)).toEqual(
      [
        { id: 'unitReport.u1.2021.T1', subject: 'unitReport', ...scope, period: 'T1', state: 'submitted', version: 1, changedBy: { id: 'Rektor R', name: 'Rektor R' } },
        {
          id: approvalId({ kind: 'unitReport', unitId: unitWithLongId, year: 2021, period: 'VB' }),
          subject: 'unitReport',
          ...scope,
          unitId: unitWithLongId,
          period: 'VB',
          state: 'submitted',
          version: 1,
          changedBy: { id: 'migration', name: 'Okänd (markerad klar före godkännanden)' },
        },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(approvals.find((a) => a.id === 'unitReport.u1.2021.T1')!.changedAt).toBe('2021-05-03T08:00:00.000Z');
    expect(approvalId({ kind: 'unitReport', unitId: unitWithLongId, year: 2021, period: 'VB' })).toMatch(/^approval\.[0-9a-f]{40}$/);
    expect(await reopened.list('approval', { unitId: 'u1', year: 2021, period: 'T1' })).toHaveLength(1);
    for (const report of await reopened.list('report')) expect(Object.keys(report).sort()).toEqual(['eTag', 'forvaltningId', 'id', 'period', 'unitId', 'year']);
    const summary = (await reopened.get('summary', 's1'))!;
    expect(summary.overview.units.map((u) => u.reportStatus)).not.toContain('ready');
    expect(summary.overview.units.some((u) => u.reportStatus === 'submitted')).toBe(true);
  } finally {
    await reopened.close();
  }
});
