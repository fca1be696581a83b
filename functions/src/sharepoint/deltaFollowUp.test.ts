import type { Actor, Kind, Period, Store, Stored } from '@vp/shared';
import { readFollowUpData, type FollowUpData } from '../app/overview/followUpData';
import { readOverview } from '../app/overview/readOverview';
import { insertGenerated, openFakeSharePointStore, recordingSleep } from '../testing/fakeSharePoint';
import { generatedItems, generateForvaltning, random, type GeneratedForvaltning } from '../testing/generateForvaltning';
import { GraphFake, type LoggedRequest } from '../testing/graphFake';
import { MAX_BATCH_REQUESTS } from './batch';
import { deltaFollowUp } from './deltaFollowUp';
import type { SharePointStore } from './sharePointStore';

const fake = new GraphFake(); // Graph's default page size: 200
beforeAll(() => fake.listen());
afterAll(() => fake.close());

const editor: Actor = { id: 'test', name: 'Testare' };
const MAIN = 'hagersten-alvsjo';
const NOISE = 'noise';
const LISTS = 9; // the overview's queries: one per list
const now = new Date('2021-05-20T08:00:00Z');

/** A provisioned fake site holding generated förvaltningar, and a store whose list ids are resolved. */
async function siteWith(generated: GeneratedForvaltning[], options: { pageSize?: number; sleep?: (ms: number) => Promise<void> } = {}) {
  const { store, siteId } = await openFakeSharePointStore(fake, options);
  for (const g of generated) insertGenerated(fake, siteId, g);
  await store.get('forvaltning', 'resolve-list-ids');
  fake.resetLog();
  return { store, siteId };
}

const pages = (n: number, pageSize: number) => Math.max(1, Math.ceil(n / pageSize));

/** What a $batch read of these collections costs: one inner request per page, ≤20 per envelope per round. */
function batchCost(itemCounts: number[], pageSize: number): { inner: number; envelopes: number } {
  const perList = itemCounts.map((n) => pages(n, pageSize));
  let envelopes = 0;
  for (let round = 1; round <= Math.max(...perList); round++) envelopes += Math.ceil(perList.filter((p) => p >= round).length / MAX_BATCH_REQUESTS);
  return { inner: perList.reduce((a, b) => a + b, 0), envelopes };
}

const sizes = (data: FollowUpData) => Object.values(data).map((items: unknown[]) => items.length);
/** Requests for one item (by list item id or by our ItemId) or for one unit (UnitId other than the null sentinel). */
const perItemOrUnit = (log: LoggedRequest[]) =>
  log.filter((r) => /\/items\/\d+/.test(r.path) || /fields\/ItemId eq |fields\/UnitId eq '(?!\(none\))/.test(decodeURIComponent(r.query)));

/** The store's current items of a kind in a förvaltning, with eTags. */
async function current<K extends Kind>(store: Store, kind: K, forvaltningId: string) {
  return store.list(kind, kind === 'forvaltning' ? {} : { forvaltningId });
}

async function update<T extends { eTag: string }>(store: Store, kind: Kind, stored: T, change: Partial<Omit<T, 'eTag'>>) {
  const { eTag, ...item } = stored;
  await store.update(kind, { ...item, ...change } as never, eTag, editor);
}

describe('the delta follow-up reader', () => {
  it('reads a 60-unit förvaltning cold in the plain reader’s requests plus one $batch, and re-aggregates after edits in one', async () => {
    const g = generateForvaltning({ units: 60 });
    const { store } = await siteWith([g]);
    const PAGE = fake.pageSize;
    const plain = readFollowUpData(store);
    const delta = deltaFollowUp(store);

    // (a) cold: the plain reader, then the delta reader
    const plainOverview = await readOverview(store, MAIN, 2021, 'T1', now, plain);
    const plainCold = { http: fake.requests.length, inner: fake.batchedRequests.length };
    const data = await plain(MAIN, 2021, 'T1');
    const cost = batchCost(sizes(data), PAGE);
    // + 1: the förvaltning itself, found by its indexed ItemId beside the $batch
    expect(plainCold).toEqual({ http: cost.envelopes + 1, inner: cost.inner });

    fake.resetLog();
    const deltaOverview = await readOverview(store, MAIN, 2021, 'T1', now, delta);
    const deltaCold = { http: fake.requests.length, inner: fake.batchedRequests.length };
    expect(deltaOverview).toEqual(plainOverview);
    // one more envelope: a delta?token=latest per list, taken before the filtered reads
    expect(deltaCold).toEqual({ http: cost.envelopes + 2, inner: cost.inner + LISTS });
    expect(fake.batchedRequests.filter((r) => r.path.endsWith('/items/delta') && r.query.startsWith('token=latest'))).toHaveLength(LISTS);
    expect(perItemOrUnit([...fake.requests, ...fake.batchedRequests]).filter((r) => !/ItemId eq 'hagersten-alvsjo'/.test(decodeURIComponent(r.query)))).toEqual([]);

    // (b) a few edits: three report entries changed, one deleted
    const [goalReport] = await current(store, 'goalReport', MAIN);
    const [indicatorReport] = await current(store, 'indicatorReport', MAIN);
    const [first, second] = await current(store, 'activityReport', MAIN);
    await update(store, 'goalReport', goalReport!, { assessment: goalReport!.assessment === 'not' ? 'fully' : 'not', analysis: 'Ändrad' });
    await update(store, 'indicatorReport', indicatorReport!, { comment: 'Ändrad' });
    await update(store, 'activityReport', first!, { status: 'cancelled' });
    await store.remove('activityReport', second!.id, second!.eTag, editor);

    fake.resetLog();
    const warmOverview = await readOverview(store, MAIN, 2021, 'T1', now, delta);
    const warm = { http: fake.requests.length, inner: fake.batchedRequests.length };
    // per list the changes since the last call: 1 goal entry, 1 indicator entry, 2 activity entries
    const changesPerList = [0, 0, 0, 0, 0, 1, 1, 2, 0];
    const warmCost = batchCost(changesPerList, PAGE); // Σ max(1, ⌈c/p⌉) delta requests; + the förvaltning
    expect(warm).toEqual({ http: warmCost.envelopes + 1, inner: warmCost.inner });
    expect(warm).toEqual({ http: 2, inner: LISTS });
    expect(fake.batchedRequests.every((r) => r.path.endsWith('/items/delta') && r.query.startsWith('token='))).toBe(true);
    expect(warmOverview).toEqual(await readOverview(store, MAIN, 2021, 'T1', now, plain));
    expect(warmOverview).not.toEqual(plainOverview);

    console.log(
      `60 units, ${generatedItems(g).length} items, page ${PAGE}: ` +
        `cold plain ${plainCold.http} HTTP (${plainCold.inner} in $batch), cold delta ${deltaCold.http} (${deltaCold.inner}), ` +
        `warm delta after 3 edits + 1 delete ${warm.http} (${warm.inner})`,
    );
  });

  it('pages the changes when many items changed, still one delta request per list and page', async () => {
    const { store } = await siteWith([generateForvaltning({ units: 20 })], { pageSize: 50 });
    const delta = deltaFollowUp(store);
    await delta(MAIN, 2021, 'T1');
    const entries = await current(store, 'activityReport', MAIN);
    const changed = entries.slice(0, 120);
    for (const entry of changed) await update(store, 'activityReport', entry, { comment: 'massändring' });
    fake.resetLog();
    const data = await delta(MAIN, 2021, 'T1');
    // the activityReport list needs ⌈120/50⌉ = 3 pages, the other 8 lists one each, over 3 rounds
    const cost = batchCost([0, 0, 0, 0, 0, 0, 0, changed.length, 0], 50);
    expect(cost).toEqual({ inner: LISTS - 1 + 3, envelopes: 3 });
    expect({ http: fake.requests.length, inner: fake.batchedRequests.length }).toEqual({ http: cost.envelopes, inner: cost.inner });
    expect(data).toEqual(await readFollowUpData(store)(MAIN, 2021, 'T1'));
  });

  it('gives exactly the plain reader’s FollowUpData after random edits, deletes and scope moves', async () => {
    const generated = [
      generateForvaltning({ units: 12, periods: ['T1', 'T2'], seed: 7 }),
      generateForvaltning({ units: 4, forvaltningId: NOISE, periods: ['T1'], seed: 8 }),
    ];
    const { store } = await siteWith(generated, { pageSize: 7 });
    const plain = readFollowUpData(store);
    const delta = deltaFollowUp(store, { maxQueries: 12 });
    const rnd = random(42);
    const scopes: [string, number, Period][] = [
      [MAIN, 2021, 'T1'],
      [MAIN, 2021, 'T2'],
      [NOISE, 2021, 'T1'],
      [MAIN, 2021, 'VB'],
    ];
    for (let round = 0; round < 25; round++) {
      const edits = 1 + Math.floor(rnd() * 10);
      for (let e = 0; e < edits; e++) await randomEdit(store, rnd);
      const [f, y, p] = scopes[round % 3 === 2 ? Math.floor(rnd() * scopes.length) : 0]!;
      const [fromDelta, fromPlain] = [await delta(f, y, p), await plain(f, y, p)];
      expect(fromDelta).toEqual(fromPlain);
      expect(delta.mirror.stats().queries).toBeLessThanOrEqual(12);
    }
  });

  it('keeps only what the mirrored queries need, and drops the least recently used queries beyond its bound', async () => {
    const generated = [generateForvaltning({ units: 10, periods: ['T1', 'T2'] }), generateForvaltning({ units: 10, forvaltningId: NOISE, periods: ['T1', 'T2'] })];
    const { store } = await siteWith(generated);
    const delta = deltaFollowUp(store, { maxQueries: LISTS });
    const total = (data: FollowUpData) => sizes(data).reduce((a, b) => a + b, 0);

    const t1 = await delta(MAIN, 2021, 'T1');
    expect(delta.mirror.stats()).toEqual({ lists: LISTS, queries: LISTS, items: total(t1) });
    // changes elsewhere (another förvaltning, another period) are read through the delta but not kept
    for (const entry of (await current(store, 'goalReport', NOISE)).slice(0, 5)) await update(store, 'goalReport', entry, { analysis: 'annan förvaltning' });
    await delta(MAIN, 2021, 'T1');
    expect(delta.mirror.stats().items).toBe(total(t1));

    // T2 shares the plan lists' queries with T1; beyond 8 queries T1's report queries go, with their items
    const t2 = await delta(MAIN, 2021, 'T2');
    expect(delta.mirror.stats()).toEqual({ lists: LISTS, queries: LISTS, items: total(t2) });
    expect(await delta(MAIN, 2021, 'T1')).toEqual(await readFollowUpData(store)(MAIN, 2021, 'T1'));
  });

  it('starts a list again when Graph answers its delta token with 410 Gone', async () => {
    const { store, siteId } = await siteWith([generateForvaltning({ units: 5 })]);
    const delta = deltaFollowUp(store);
    await delta(MAIN, 2021, 'T1');
    const [entry] = await current(store, 'goalReport', MAIN);
    await update(store, 'goalReport', entry!, { analysis: 'efter utgånget token' });
    fake.expireDeltaTokens(siteId, 'VP-goalReport');
    fake.resetLog();
    const data = await delta(MAIN, 2021, 'T1');
    // the 8 delta requests (one 410), a new token=latest for that list, then its filtered read
    expect(fake.batchedRequests.map((r) => r.status)).toEqual([...Array(LISTS).fill(200).fill(410, 5, 6), 200, 200]);
    expect(fake.requests).toHaveLength(3);
    expect(data).toEqual(await readFollowUpData(store)(MAIN, 2021, 'T1'));
  });

  it('reads plainly from then on where Graph refuses list-item delta', async () => {
    const { store } = await siteWith([generateForvaltning({ units: 3 })]);
    const delta = deltaFollowUp(store);
    fake.supportsListItemDelta = false;
    try {
      expect(await delta(MAIN, 2021, 'T1')).toEqual(await readFollowUpData(store)(MAIN, 2021, 'T1'));
      expect(delta.usesDelta).toBe(false);
      fake.resetLog();
      await delta(MAIN, 2021, 'T1');
      expect(fake.batchedRequests.some((r) => r.path.endsWith('/delta'))).toBe(false);
    } finally {
      fake.supportsListItemDelta = true;
    }
  });

  it('retries delta requests throttled inside the $batch', async () => {
    const { sleep, waits } = recordingSleep();
    const { store } = await siteWith([generateForvaltning({ units: 3 })], { sleep });
    const delta = deltaFollowUp(store);
    await delta(MAIN, 2021, 'T1');
    fake.throttleNextInBatch(2, { retryAfterSeconds: 3 });
    expect(await delta(MAIN, 2021, 'T1')).toEqual(await readFollowUpData(store)(MAIN, 2021, 'T1'));
    expect(waits).toEqual([3000]);
  });

  it('serves concurrent calls one at a time, and a waiting call for the same queries joins the other', async () => {
    const { store } = await siteWith([generateForvaltning({ units: 5 })]);
    const delta = deltaFollowUp(store);
    const first = delta(MAIN, 2021, 'T1');
    await new Promise((resolve) => setImmediate(resolve)); // the first call is under way now
    const [a, b, c] = await Promise.all([first, delta(MAIN, 2021, 'T1'), delta(MAIN, 2021, 'T1')]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    // the first call ran cold (token=latest, then the reads); the two that waited shared one warm sync
    const deltas = fake.batchedRequests.filter((r) => r.path.endsWith('/items/delta'));
    expect(deltas.filter((r) => r.query.startsWith('token=latest'))).toHaveLength(LISTS);
    expect(deltas.filter((r) => !r.query.startsWith('token=latest'))).toHaveLength(LISTS);
  });
});

type Editable = Stored<{ id: string; forvaltningId: string }> & Record<string, unknown>;

/** One random change through the store, in or out of the scopes read: update, delete, create or a change of scope. */
async function randomEdit(store: SharePointStore, rnd: () => number): Promise<void> {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(rnd() * values.length)]!;
  const forvaltningId = rnd() < 0.75 ? MAIN : NOISE;
  const kind = pick(['unit', 'goal', 'indicator', 'activity', 'report', 'goalReport', 'indicatorReport', 'activityReport'] as const);
  const items = (await current(store, kind, forvaltningId)) as unknown as Editable[];
  if (items.length === 0) return;
  const item = pick(items);
  const tag = `r${Math.floor(rnd() * 1e6)}`;
  const action = rnd();
  switch (kind) {
    case 'unit':
      return action < 0.8 ? update(store, kind, item, { name: `Enhet ${tag}` }) : void (await store.create('unit', { id: `unit-${tag}`, forvaltningId, name: `Ny ${tag}`, description: '', preschools: [] }, editor));
    case 'goal':
      return action < 0.8 || item.unitId === null ? update(store, kind, item, { title: `Mål ${tag}` }) : store.remove(kind, item.id, item.eTag, editor);
    case 'indicator':
      // to a unit and back: in and out of the overview's `unitId: null` query
      return update(store, kind, item, action < 0.5 ? { name: `Indikator ${tag}` } : { unitId: item.unitId === null ? 'enhet-x' : null });
    case 'activity':
      return update(store, kind, item, { text: `Aktivitet ${tag}` });
    case 'report':
      return update(store, kind, item, item.status === 'ready' ? { status: 'draft', readyAt: null, readyBy: null } : { status: 'ready', readyAt: now.toISOString(), readyBy: 'Rektor' });
    default: {
      if (action < 0.5) return update(store, kind, item, kind === 'goalReport' ? { analysis: tag } : { comment: tag });
      if (action < 0.7) return store.remove(kind, item.id, item.eTag, editor);
      if (action < 0.85) return update(store, kind, item, { period: item.period === 'T1' ? 'T2' : 'T1' }); // moves between periods
      const { eTag, ...copy } = item;
      void eTag;
      return void (await store.create(kind, { ...copy, id: `${item.id}-${tag}` } as never, editor));
    }
  }
}
