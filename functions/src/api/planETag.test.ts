import { join } from 'node:path';
import type { GoalNode, PlanTree } from '@vp/shared';
import { readFollowUpData } from '../app/overview/followUpData';
import { SqliteStore } from '../sqlite/sqliteStore';
import { startApiHost, type ApiHost, type ApiResponse } from '../testing/apiHost';
import { GraphFake } from '../testing/graphFake';
import { serveSharePointApi } from '../testing/sharePointApi';

// Conditional GET of whole plans over HTTP, on the SQLite file and on SharePoint lists (Graph fake).
const fake = new GraphFake();
beforeAll(() => fake.listen());
afterAll(() => fake.close());

type Call = (path: string, init?: RequestInit & { as?: string }) => Promise<ApiResponse>;
const stores: [string, () => Promise<{ call: Call; stop: () => Promise<void> }>][] = [
  ['SQLite', async () => startApiHost()],
  [
    'SharePoint',
    async () => {
      const api = await serveSharePointApi(fake, readFollowUpData);
      return { call: api.call, stop: api.close };
    },
  ],
];

const unitPlan = '/units/hagerstensasens-forskolor/plans/2021';
const spinePlan = '/forvaltningar/hagersten-alvsjo/plans/2021';
const otherUnitPlan = '/units/malarhojden-vastertorps-forskolor/plans/2021';

describe.each(stores)('plan ETags on %s', (_name, start) => {
  let api: Awaited<ReturnType<typeof start>>;
  beforeEach(async () => {
    api = await start();
  });
  afterEach(() => api.stop());

  const read = (path: string, tag?: string) => api.call(path, { headers: tag === undefined ? {} : { 'if-none-match': tag } });
  const tagOf = async (path: string) => {
    const response = await read(path);
    expect(response.status).toBe(200);
    const tag = response.headers.get('etag');
    expect(tag).toMatch(/^W\/".+"$/);
    return tag!;
  };
  /** Changes one field of an item through the API, with its current eTag. */
  const edit = async (itemPath: string, as: string, change: Record<string, unknown>) => {
    const eTag = (await api.call(itemPath)).headers.get('etag')!;
    const response = await api.call(itemPath, { method: 'PATCH', as, headers: { 'if-match': eTag }, body: JSON.stringify(change) });
    expect(response.status).toBe(200);
  };
  /** The tag has gone stale: a 200 with the whole plan and a new tag, which then answers 304. */
  const expectChanged = async (path: string, before: string) => {
    const response = await read(path, before);
    expect(response.status).toBe(200);
    const after = response.headers.get('etag')!;
    expect(after).not.toBe(before);
    expect((await response.json()).year).toBe(2021);
    expect((await read(path, after)).status).toBe(304);
    return after;
  };

  it('answers 304 without a body to the current tag, 200 to any other', async () => {
    for (const path of [unitPlan, spinePlan]) {
      const tag = await tagOf(path);
      const notModified = await read(path, tag);
      expect(notModified.status).toBe(304);
      expect(notModified.headers.get('etag')).toBe(tag);
      expect(await notModified.text()).toBe('');
      expect((await read(path, `W/"något-annat", ${tag}`)).status).toBe(304);
      expect((await read(path, '*')).status).toBe(304);
      const stale = await read(path, 'W/"något-annat"');
      expect(stale.status).toBe(200);
      expect(stale.headers.get('etag')).toBe(tag);
    }
    // HEAD carries the same tag without the plan
    const head = await api.call(unitPlan, { method: 'HEAD' });
    expect([head.status, head.headers.get('etag'), await head.text()]).toEqual([200, await tagOf(unitPlan), '']);
    // another unit's edit leaves this plan's tag as it was
    const tag = await tagOf(unitPlan);
    await edit(`${otherUnitPlan}/goals/mv-em-1`, 'dev-rektor-mv', { development: 'Annan enhet' });
    expect((await read(unitPlan, tag)).status).toBe(304);
  });

  it('gives a new tag after an edit of a unit goal, and of an inherited förvaltning goal', async () => {
    const unitTag = await tagOf(unitPlan);
    const spineTag = await tagOf(spinePlan);
    await edit(`${unitPlan}/goals/hag-em-1`, 'dev-rektor-hag', { development: 'Ny utveckling' });
    const afterUnitEdit = await expectChanged(unitPlan, unitTag);
    expect((await read(spinePlan, spineTag)).status).toBe(304); // the spine did not change

    await edit(`${spinePlan}/goals/nm-1.3-1`, 'dev-avdelningschef', { description: 'Ny beskrivning' });
    await expectChanged(unitPlan, afterUnitEdit);
    await expectChanged(spinePlan, spineTag);
  });

  it('gives a new tag when an item is added and when it is deleted', async () => {
    const before = await tagOf(unitPlan);
    const created = await api.call(`${unitPlan}/goals`, {
      method: 'POST',
      as: 'dev-rektor-hag',
      body: JSON.stringify({ level: 'unitGoal', parentId: 'nm-1.3-1', title: 'Alla barn får läsa varje dag' }),
    });
    expect(created.status).toBe(201);
    const withGoal = await expectChanged(unitPlan, before);
    const { id } = await created.json();
    const removed = await api.call(`${unitPlan}/goals/${id}`, { method: 'DELETE', as: 'dev-rektor-hag', headers: { 'if-match': created.headers.get('etag')! } });
    expect(removed.status).toBe(204);
    await expectChanged(unitPlan, withGoal);
  });

  it('still answers 404 for a plan that is not there, whatever the tag', async () => {
    const tag = await tagOf(unitPlan);
    expect((await read('/units/finns-inte/plans/2021', tag)).status).toBe(404);
    expect((await read('/units/hagerstensasens-forskolor/plans/2030', tag)).status).toBe(404);
    expect((await read('/forvaltningar/finns-inte/plans/2021', tag)).status).toBe(404);
  });
});

describe('a 304 over SharePoint', () => {
  let api: Awaited<ReturnType<typeof serveSharePointApi>>;
  beforeAll(async () => {
    api = await serveSharePointApi(fake, readFollowUpData);
  });
  afterAll(() => api.close());

  it('costs two $batch requests that read eTags and indexed columns, no payloads', async () => {
    for (const [path, batched] of [
      [unitPlan, 10],
      [spinePlan, 4],
    ] as const) {
      const tag = (await api.call(path)).headers.get('etag')!;
      fake.resetLog();
      expect((await api.call(path, { headers: { 'if-none-match': tag } })).status).toBe(304);
      expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(path === unitPlan ? ['POST /$batch', 'POST /$batch'] : ['POST /$batch']);
      expect(fake.batchedRequests).toHaveLength(batched);
      expect(fake.batchedRequests.filter((r) => decodeURIComponent(r.query).includes('Payload'))).toEqual([]);
    }
  });
});

describe('plan JSON kept per version on SQLite', () => {
  let api: ApiHost;
  beforeEach(async () => {
    api = await startApiHost();
  });
  afterEach(() => api.stop());

  const development = async () => {
    const tree: PlanTree = await (await api.call(unitPlan)).json();
    const goals = (nodes: GoalNode[]): GoalNode[] => nodes.flatMap((g) => [g, ...goals(g.children)]);
    return goals(tree.goals).find((g) => g.id === 'hag-em-1')!.development;
  };

  it('reads the items of an unchanged plan once, and again after any write to it', async () => {
    await development();
    const reads = jest.spyOn(api.store, 'listMany');
    expect(await development()).not.toBe('Ny utveckling');
    expect(reads).toHaveBeenCalledTimes(0);

    const itemPath = `${unitPlan}/goals/hag-em-1`;
    const eTag = (await api.call(itemPath)).headers.get('etag')!;
    await api.call(itemPath, { method: 'PATCH', as: 'dev-rektor-hag', headers: { 'if-match': eTag }, body: JSON.stringify({ development: 'Ny utveckling' }) });
    expect(await development()).toBe('Ny utveckling');
    expect(reads).toHaveBeenCalledTimes(2); // the unit's round and the spine's
  });

  it('sees a write made through another connection to the same file', async () => {
    await development();
    const other = new SqliteStore(join(api.dataDir, 'verksamhetsplan.db'));
    const goal = (await other.get('goal', 'hag-em-1'))!;
    const { eTag, ...item } = goal;
    await other.update('goal', { ...item, development: 'Från en annan process' }, eTag, { id: 'test', name: 'Test' });
    await other.close();
    expect(await development()).toBe('Från en annan process');
  });
});
