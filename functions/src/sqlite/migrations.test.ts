import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Indicator } from '@vp/shared';
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
