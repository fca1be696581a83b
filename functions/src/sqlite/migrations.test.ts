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
