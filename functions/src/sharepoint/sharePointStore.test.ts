import { isStoreError, type Actor, type Indicator, type Query, type Store } from '@vp/shared';
import { GraphFake } from '../testing/graphFake';
import { fakeGraphClient, openFakeSharePointStore, recordingSleep } from '../testing/fakeSharePoint';
import { NULL_SENTINEL } from './listSchema';
import { SharePointStore } from './sharePointStore';

const PAGE = 10;
const fake = new GraphFake({ pageSize: PAGE });
beforeAll(() => fake.listen());
afterAll(() => fake.close());

const anna: Actor = { id: 'anna', name: 'Anna Rektor' };
const indicator = (id: string, over: Partial<Indicator> = {}): Indicator => ({
  id,
  forvaltningId: 'f1',
  unitId: null,
  year: 2021,
  parentId: 'g1',
  order: 0,
  name: `Indikator ${id}`,
  measureUnit: '%',
  direction: 'higherIsBetter',
  annualTarget: null,
  councilTarget: null,
  periodicity: 'year',
  aggregation: { rule: 'sum' },
  applicableUnitIds: null,
  ...over,
});
const ids = (n: number, prefix = 'i') => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);

async function seed(store: Store, count: number, over: Partial<Indicator> = {}, prefix = 'i'): Promise<void> {
  for (const id of ids(count, prefix)) await store.create('indicator', indicator(id, over), anna);
}

const itemReads = () => fake.requestsTo('GET', /\/items$/);

describe('SharePointStore reads', () => {
  it.each([0, 1, PAGE, PAGE + 1, 3 * PAGE + 5])('reads %i items with ceil(N/pageSize) item requests', async (n) => {
    const { store } = await openFakeSharePointStore(fake);
    await store.get('indicator', 'warm-up'); // resolves the list ids
    await seed(store, n);
    fake.resetLog();
    const all = await store.list('indicator', { parentId: 'g1' });
    expect(all.map((i) => i.id)).toEqual(ids(n));
    expect(itemReads()).toHaveLength(Math.max(1, Math.ceil(n / PAGE)));
    expect(fake.requests).toHaveLength(itemReads().length);
  });

  it('filters on indexed columns with the null sentinel and never fetches per item', async () => {
    const { store, siteId } = await openFakeSharePointStore(fake);
    await store.create('indicator', indicator('a', { unitId: 'u1' }), anna);
    await store.create('indicator', indicator('b'), anna);
    fake.resetLog();
    expect((await store.list('indicator', { unitId: null, year: 2021 })).map((i) => i.id)).toEqual(['b']);
    const [read] = fake.requests;
    expect(decodeURIComponent(read!.query)).toContain(`fields/UnitId eq '${NULL_SENTINEL}' and fields/Year eq 2021`);
    expect(fake.list(siteId, 'VP-indicator')!.items.get(2)!.fields.UnitId).toBe(NULL_SENTINEL);
  });

  it('resolves list ids once for the store', async () => {
    const { store } = await openFakeSharePointStore(fake);
    await store.list('goal');
    await store.list('indicator');
    await store.get('activity', 'x');
    expect(fake.requestsTo('GET', /\/lists$/)).toHaveLength(1);
  });

  it('uses one request per get and three per write (lookup, write, audit entry)', async () => {
    const { store } = await openFakeSharePointStore(fake);
    await store.get('goal', 'warm-up');
    fake.resetLog();
    const created = await store.create('indicator', indicator('x'), anna);
    expect(fake.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'POST']);
    fake.resetLog();
    await store.get('indicator', 'x');
    expect(fake.requests).toHaveLength(1);
    fake.resetLog();
    const updated = await store.update('indicator', indicator('x', { name: 'Ny' }), created.eTag, anna);
    expect(fake.requests.map((r) => r.method)).toEqual(['GET', 'PATCH', 'POST']);
    fake.resetLog();
    await store.remove('indicator', 'x', updated.eTag, anna);
    expect(fake.requests.map((r) => r.method)).toEqual(['GET', 'DELETE', 'POST']);
  });

  it('fails clearly when the lists are not provisioned', async () => {
    const store = new SharePointStore({ client: fakeGraphClient(fake), siteId: fake.addSite(), listPrefix: 'VP' });
    await expect(store.list('goal')).rejects.toThrow(/'VP-goal' does not exist.*provision/);
  });
});

describe('SharePointStore listMany', () => {
  it('sends one $batch for up to 20 queries and one more per further 20', async () => {
    const { store } = await openFakeSharePointStore(fake);
    await store.create('indicator', indicator('a'), anna);
    fake.resetLog();
    const queries: Query[] = Array.from({ length: 45 }, () => ({ kind: 'indicator', filter: { parentId: 'g1' } }));
    const results = await store.listMany(queries);
    expect(results).toHaveLength(45);
    expect(results.every((r) => r.length === 1 && r[0]!.id === 'a')).toBe(true);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(Array(3).fill('POST /$batch'));
    expect(fake.batchedRequests).toHaveLength(45);
  });

  it('follows each query’s nextLink in following batches', async () => {
    const { store } = await openFakeSharePointStore(fake);
    await seed(store, 25, { parentId: 'p1' }, 'a');
    await seed(store, 12, { parentId: 'p2' }, 'b');
    fake.resetLog();
    const [first, second, third] = await store.listMany([
      { kind: 'indicator', filter: { parentId: 'p1' } },
      { kind: 'indicator', filter: { parentId: 'p2' } },
      { kind: 'goal' },
    ] as const);
    expect(first.map((i) => i.id)).toEqual(ids(25, 'a'));
    expect(second.map((i) => i.id)).toEqual(ids(12, 'b'));
    expect(third).toEqual([]);
    // Round 1: 3 first pages; round 2: p1 page 2 + p2 page 2; round 3: p1 page 3.
    expect(fake.requests).toHaveLength(3);
    expect(fake.batchedRequests).toHaveLength(6);
  });

  it('retries throttled requests inside a batch after their Retry-After', async () => {
    const { sleep, waits } = recordingSleep();
    const { store } = await openFakeSharePointStore(fake, { sleep });
    await store.create('indicator', indicator('a'), anna);
    fake.resetLog();
    fake.throttleNextInBatch(2, { retryAfterSeconds: 7 });
    const [one, two, three] = await store.listMany([
      { kind: 'indicator' },
      { kind: 'indicator', filter: { unitId: null } },
      { kind: 'goal' },
    ] as const);
    expect([one.length, two.length, three.length]).toEqual([1, 1, 0]);
    expect(waits).toEqual([7000]);
    expect(fake.requests).toHaveLength(2); // the second batch carries only the two throttled requests
    expect(fake.batchedRequests.map((r) => r.status)).toEqual([429, 429, 200, 200, 200]);
  });

  it('gives up on a batched request throttled past the retry budget', async () => {
    const { store } = await openFakeSharePointStore(fake, { retry: { maxRetries: 2 } });
    fake.throttleNextInBatch(3);
    await expect(store.listMany([{ kind: 'goal' }])).rejects.toMatchObject({ statusCode: 429 });
  });
});

describe('SharePointStore throttling and concurrency', () => {
  it('retries a throttled plain request after its Retry-After', async () => {
    const { sleep, waits } = recordingSleep();
    const { store } = await openFakeSharePointStore(fake, { sleep });
    await store.create('indicator', indicator('a'), anna);
    fake.resetLog();
    fake.throttleNext(2, { retryAfterSeconds: 3 });
    expect((await store.list('indicator')).map((i) => i.id)).toEqual(['a']);
    expect(waits).toEqual([3000, 3000]);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it('backs off exponentially on 503 without Retry-After', async () => {
    const { sleep, waits } = recordingSleep();
    const { store } = await openFakeSharePointStore(fake, { sleep });
    fake.throttleNext(3, { status: 503, retryAfterSeconds: null });
    await store.list('goal');
    expect(waits).toEqual([1000, 2000, 4000]);
  });

  it('turns a concurrent update into PRECONDITION_FAILED from Graph’s 412 and keeps the winner', async () => {
    const { store, siteId } = await openFakeSharePointStore(fake);
    const created = await store.create('indicator', indicator('x'), anna);
    fake.resetLog();
    const outcomes = await Promise.allSettled([
      store.update('indicator', indicator('x', { name: 'Första' }), created.eTag, anna),
      store.update('indicator', indicator('x', { name: 'Andra' }), created.eTag, anna),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(isStoreError(lost[0]!.reason, 'PRECONDITION_FAILED')).toBe(true);
    expect(fake.requestsTo('PATCH', /\/fields$/).map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = (won[0] as PromiseFulfilledResult<Indicator & { eTag: string }>).value;
    const stored = (await store.get('indicator', 'x'))!;
    expect(stored).toEqual(winner);
    expect(fake.list(siteId, 'VP-indicator')!.items.get(1)!.version).toBe(2);
    expect((await store.listAudit({ itemId: 'x' })).map((e) => e.action)).toEqual(['update', 'create']);
  });

  it('turns a concurrent create of the same id into CONFLICT through the unique ItemId column', async () => {
    const { store } = await openFakeSharePointStore(fake);
    const outcomes = await Promise.allSettled([
      store.create('indicator', indicator('x', { name: 'Första' }), anna),
      store.create('indicator', indicator('x', { name: 'Andra' }), anna),
    ]);
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(lost).toHaveLength(1);
    expect(isStoreError(lost[0]!.reason, 'CONFLICT')).toBe(true);
    expect(fake.requestsTo('POST', /VP-indicator|\/items$/).some((r) => r.status === 409)).toBe(true);
    expect(await store.list('indicator')).toHaveLength(1);
  });
});
