import { isStoreError, type Actor, type Goal, type Indicator, type Store } from '@vp/shared';
import { GraphFake, type LoggedRequest } from '../testing/graphFake';
import { openFakeSharePointStore, recordingSleep } from '../testing/fakeSharePoint';

// SharePoint's writeMany where Graph itself fails in the middle: another writer gets in between the
// check and the chain, or Graph throttles a step. The contract suite covers the refusals found by the check.
const fake = new GraphFake();
beforeAll(() => fake.listen());
afterAll(() => fake.close());
afterEach(() => {
  fake.beforeAnswer = undefined;
});

const anna: Actor = { id: 'anna', name: 'Anna Rektor' };
const bertil: Actor = { id: 'bertil', name: 'Bertil Personal' };
const goal = (id: string, over: Partial<Goal> = {}): Goal => ({
  id,
  forvaltningId: 'f1',
  unitId: 'u1',
  year: 2021,
  parentId: 'nm-1',
  order: 0,
  level: 'unitGoal',
  number: null,
  title: `Mål ${id}`,
  description: '',
  expectedResults: [],
  workingMethods: '',
  resources: [],
  followUp: [],
  development: '',
  ...over,
});
const indicator = (id: string, over: Partial<Indicator> = {}): Indicator => ({
  id,
  forvaltningId: 'f1',
  unitId: 'u1',
  year: 2021,
  parentId: 'g1',
  order: 0,
  name: `Indikator ${id}`,
  measureUnit: '%',
  direction: 'higherIsBetter',
  annualTarget: null,
  councilTarget: null,
  periodicity: 'tertial',
  aggregation: { rule: 'sum' },
  applicableUnitIds: null,
  ...over,
});

/** Runs `then` when the n-th $batch envelope from now arrives, before Graph answers it. */
function atBatch(n: number, then: () => Promise<void>): void {
  let seen = 0;
  fake.beforeAnswer = async (r: LoggedRequest) => {
    if (r.method !== 'POST' || r.path !== '/$batch' || ++seen !== n) return;
    await then();
  };
}

const withoutETag = <T extends { eTag: string }>(item: T | null) => {
  if (item === null) return null;
  const { eTag: _, ...rest } = item;
  return rest;
};

async function seeded(store: Store) {
  return {
    g1: await store.create('goal', goal('g1'), anna),
    g2: await store.create('goal', goal('g2', { order: 1 }), anna),
    i1: await store.create('indicator', indicator('i1'), anna),
  };
}

describe('SharePointStore writeMany over Graph', () => {
  it('checks every item in one $batch, then writes them, each followed by its audit entry, in one chain of dependsOn steps', async () => {
    const { store } = await openFakeSharePointStore(fake);
    const { g1, g2 } = await seeded(store);
    fake.resetLog();
    await store.writeMany(
      [
        { op: 'create', kind: 'goal', item: goal('g3') },
        { op: 'update', kind: 'goal', item: goal('g1', { title: 'Ny' }), ifMatch: g1.eTag },
        { op: 'remove', kind: 'goal', id: 'g2', ifMatch: g2.eTag },
      ],
      bertil,
    );
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /$batch', 'POST /$batch']);
    expect(fake.batchedRequests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'GET 200', 'GET 200', 'POST 201', 'POST 201', 'PATCH 200', 'POST 201', 'DELETE 204', 'POST 201']);
  });

  it('undoes what was applied when another writer changes an item between the check and the chain', async () => {
    const { store } = await openFakeSharePointStore(fake);
    const { g1, g2, i1 } = await seeded(store);
    const before = { g1: await store.get('goal', 'g1'), g2: await store.get('goal', 'g2'), audit: await store.listAudit({ forvaltningId: 'f1' }) };
    let theirs: Indicator & { eTag: string } = i1;
    atBatch(2, async () => {
      theirs = await store.update('indicator', indicator('i1', { name: 'Någon annans' }), i1.eTag, anna);
    });
    fake.resetLog();
    const write = store.writeMany(
      [
        { op: 'create', kind: 'goal', item: goal('g3') },
        { op: 'update', kind: 'goal', item: goal('g1', { title: 'Min' }), ifMatch: g1.eTag },
        { op: 'remove', kind: 'goal', id: 'g2', ifMatch: g2.eTag },
        { op: 'update', kind: 'indicator', item: indicator('i1', { name: 'Min' }), ifMatch: i1.eTag },
        { op: 'create', kind: 'indicator', item: indicator('i2') },
      ],
      bertil,
    );
    const error = await write.catch((e: unknown) => e);
    expect(isStoreError(error, 'PRECONDITION_FAILED')).toBe(true);
    expect((error as Error).message).toBe('Indikatorn "i1" har ändrats av någon annan under tiden.');
    // the chain: three writes and their audit entries applied, the fourth write refused (412), the rest not run (424); then the undo
    const statuses = fake.batchedRequests.map((r) => `${r.method} ${r.status}`);
    expect(statuses.slice(5, 15)).toEqual(['POST 201', 'POST 201', 'PATCH 200', 'POST 201', 'DELETE 204', 'POST 201', 'PATCH 412', 'POST 424', 'POST 424', 'POST 424']);
    expect(statuses.slice(15).sort()).toEqual(['DELETE 204', 'DELETE 204', 'DELETE 204', 'DELETE 204', 'PATCH 200', 'POST 201']);

    expect(await store.get('goal', 'g3')).toBeNull();
    expect(await store.get('indicator', 'i2')).toBeNull();
    expect(withoutETag(await store.get('goal', 'g1'))).toEqual(withoutETag(before.g1));
    expect(withoutETag(await store.get('goal', 'g2'))).toEqual(withoutETag(before.g2));
    expect(await store.get('indicator', 'i1')).toEqual(theirs);
    expect((await store.list('goal', { unitId: 'u1' })).map((g) => g.id)).toEqual(['g1', 'g2']);
    // no audit entry of the failed write; the other writer's update is there
    const audit = await store.listAudit({ forvaltningId: 'f1' });
    expect(audit.slice(1)).toEqual(before.audit);
    expect(audit[0]).toMatchObject({ action: 'update', itemId: 'i1', actor: anna });
  });

  it('sends a throttled step again with the steps after it, and spreads a long chain over envelopes of 20', async () => {
    const { sleep, waits } = recordingSleep();
    const { store } = await openFakeSharePointStore(fake, { sleep });
    await store.get('goal', 'warm-up');
    atBatch(3, async () => fake.throttleNextInBatch(1, { retryAfterSeconds: 5 }));
    fake.resetLog();
    const ids = Array.from({ length: 12 }, (_, i) => `g${String(i).padStart(2, '0')}`);
    const results = await store.writeMany(ids.map((id) => ({ op: 'create', kind: 'goal', item: goal(id) })), bertil);
    expect(results.map((r) => r.id)).toEqual(ids);
    expect(waits).toEqual([5000]);
    // lookups (12), the first 20 steps, the remaining 4 steps throttled at once (429, 424 ×3), and again
    expect(fake.requests.filter((r) => r.path === '/$batch')).toHaveLength(4);
    expect(fake.batchedRequests.slice(32).map((r) => r.status)).toEqual([429, 424, 424, 424, 201, 201, 201, 201]);
    expect((await store.list('goal', { unitId: 'u1' })).map((g) => g.id)).toEqual(ids);
    expect(await store.listAudit({ forvaltningId: 'f1', limit: 100 })).toHaveLength(12);
  });
});
