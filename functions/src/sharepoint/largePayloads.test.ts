import { isStoreError, type Actor, type Goal, type Summary } from '@vp/shared';
import { GraphFake, type LoggedRequest } from '../testing/graphFake';
import { openFakeSharePointStore } from '../testing/fakeSharePoint';
import { largeSummary } from '../testing/largeSummary';
import { DeltaMirror } from './deltaMirror';
import { INLINE_PAYLOAD_LIMIT, MAX_PAYLOAD_FILE_BYTES } from './payloadFiles';
import type { SharePointStore } from './sharePointStore';

// Items whose JSON is longer than the Payload column holds live in a file in the site's document library.
const fake = new GraphFake();
beforeAll(() => fake.listen());
afterAll(() => fake.close());
afterEach(() => {
  fake.beforeAnswer = undefined;
});

const anna: Actor = { id: 'anna', name: 'Anna Rektor' };
const goal = (id: string): Goal => ({
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
  workingMethods: 'Vi reflekterar varje vecka.',
  resources: [],
  followUp: [],
  development: '',
});
const small = (id: string): Summary => largeSummary(id, { units: 2, analysisLength: 100 });

async function open(): Promise<{ store: SharePointStore; siteId: string; label: (r: LoggedRequest) => string }> {
  const { store, siteId } = await openFakeSharePointStore(fake);
  const names = new Map(['summary', 'goal', 'audit'].map((key) => [fake.list(siteId, `VP-${key}`)!.id, `VP-${key}`]));
  /** A request in a few words: the list by name, the payload folder, content reads and downloads. */
  const label = (r: LoggedRequest): string => {
    if (r.host !== undefined) return `download ${r.status}`;
    if (r.path === '/$batch') return 'POST $batch';
    const upload = /\/drive\/root:\/VP-payloads\/([^/]+)\/[^/]+\.json:\/content$/.exec(r.path);
    if (upload !== null) return `PUT file ${upload[1]}`;
    if (/\/drive\/items\/[^/]+\/content$/.test(r.path)) return `GET content ${r.status}`;
    if (/\/drive\/items\/[^/]+$/.test(r.path)) return `${r.method} file ${r.status}`;
    const list = /\/lists\/([^/]+)(\/.*)?$/.exec(r.path);
    if (list !== null) return `${r.method} ${names.get(list[1]!) ?? list[1]}${(list[2] ?? '').replace(/\/items\/\d+/, '/items/{n}')} ${r.status}`;
    return `${r.method} ${r.path}`;
  };
  await store.get('goal', 'warm-up'); // resolves the list ids
  fake.resetLog();
  return { store, siteId, label };
}

const driveTraffic = () => fake.requests.filter((r) => r.host !== undefined || r.path.includes('/drive'));
const payloadOf = (siteId: string, id: string) =>
  [...fake.list(siteId, 'VP-summary')!.items.values()].find((i) => i.fields.ItemId === id)?.fields.Payload as string | undefined;
const summaryFiles = (siteId: string) => fake.driveFiles(siteId).filter((f) => f.path.startsWith('VP-payloads/summary/'));

describe('SharePointStore with large payloads', () => {
  it('makes no drive requests for items that fit in the Payload column', async () => {
    const { store, siteId } = await open();
    const created = await store.create('summary', small('s1'), anna);
    await store.create('goal', goal('g1'), anna);
    await store.get('summary', 's1');
    await store.list('summary', { forvaltningId: 'f1' });
    await store.listMany([{ kind: 'summary' }, { kind: 'goal' }]);
    const updated = await store.update('summary', small('s1'), created.eTag, anna);
    await store.remove('summary', 's1', updated.eTag, anna);
    await store.listAudit({ forvaltningId: 'f1' });
    expect(driveTraffic()).toEqual([]);
    expect(fake.driveFiles(siteId)).toEqual([]);
  });

  it('keeps a large item in a file the Payload column refers to, at the documented request cost', async () => {
    const { store, siteId, label } = await open();
    const first = largeSummary('s1');
    const json = JSON.stringify(first);
    expect(json.length).toBeGreaterThan(INLINE_PAYLOAD_LIMIT);

    const created = await store.create('summary', first, anna);
    // Lookup, the item's file, the item, the audit entry's file (it holds the whole summary), the entry.
    expect(fake.requests.map(label)).toEqual(['GET VP-summary/items 200', 'PUT file summary', 'POST VP-summary/items 201', 'PUT file audit', 'POST VP-audit/items 201']);
    const [file] = summaryFiles(siteId);
    expect(file!.item.content).toBe(json);
    expect(file!.path).toMatch(/^VP-payloads\/summary\/s1\.[0-9a-f-]{36}\.json$/);
    expect(JSON.parse(payloadOf(siteId, 's1')!)).toEqual({ $file: file!.item.id, size: Buffer.byteLength(json, 'utf8') });

    // A read: the lookup, then GET …/content, answered with a 302 the client follows to the download.
    fake.resetLog();
    expect(await store.get('summary', 's1')).toEqual({ ...first, eTag: created.eTag });
    expect(fake.requests.map(label)).toEqual(['GET VP-summary/items 200', 'GET content 302', 'download 200']);
    expect(fake.requests[2]!.withToken).toBe(false);

    fake.resetLog();
    expect(await store.list('summary', { forvaltningId: 'f1' })).toHaveLength(1);
    expect(fake.requests.map(label)).toEqual(['GET VP-summary/items 200', 'GET content 302', 'download 200']);

    // listMany: the one $batch, then one direct content read per large item ($batch does not follow the 302).
    await store.create('goal', goal('g1'), anna);
    fake.resetLog();
    const [summaries, goals] = await store.listMany([{ kind: 'summary', filter: { forvaltningId: 'f1' } }, { kind: 'goal' }] as const);
    expect([summaries[0]!.overview, goals.map((g) => g.id)]).toEqual([first.overview, ['g1']]);
    expect(fake.requests.map(label)).toEqual(['POST $batch', 'GET content 302', 'download 200']);

    // An update: lookup and the old version (for the audit), the new file, the item with If-Match, then
    // the old file deleted, and the audit entry (before and after) with its file.
    const second = largeSummary('s1', { text: 'Reviderad analys' });
    fake.resetLog();
    const updated = await store.update('summary', second, created.eTag, anna);
    expect(fake.requests.map(label)).toEqual([
      'GET VP-summary/items 200',
      'GET content 302',
      'download 200',
      'PUT file summary',
      'PATCH VP-summary/items/{n}/fields 200',
      'DELETE file 204',
      'PUT file audit',
      'POST VP-audit/items 201',
    ]);
    expect(summaryFiles(siteId).map((f) => f.item.content)).toEqual([JSON.stringify(second)]);
    expect(JSON.parse(payloadOf(siteId, 's1')!).$file).toBe(summaryFiles(siteId)[0]!.item.id);

    // A delete removes the file too, once the list item is gone.
    fake.resetLog();
    await store.remove('summary', 's1', updated.eTag, anna);
    expect(fake.requests.map(label)).toEqual([
      'GET VP-summary/items 200',
      'GET content 302',
      'download 200',
      'DELETE VP-summary/items/{n} 204',
      'DELETE file 204',
      'PUT file audit',
      'POST VP-audit/items 201',
    ]);
    expect(summaryFiles(siteId)).toEqual([]);
    expect(fake.driveFiles(siteId).map((f) => f.path.split('/')[1])).toEqual(['audit', 'audit', 'audit']);
  });

  it('moves an item between the column and a file when an update crosses the limit', async () => {
    const { store, siteId } = await open();
    const created = await store.create('summary', small('s1'), anna);
    const grown = await store.update('summary', largeSummary('s1'), created.eTag, anna);
    expect(summaryFiles(siteId)).toHaveLength(1);
    const shrunk = await store.update('summary', small('s1'), grown.eTag, anna);
    expect(summaryFiles(siteId)).toEqual([]);
    expect(payloadOf(siteId, 's1')).toBe(JSON.stringify(small('s1')));
    expect(await store.get('summary', 's1')).toEqual({ ...small('s1'), eTag: shrunk.eTag });
  });

  it('refuses a stale eTag at the lookup without writing a file', async () => {
    const { store, siteId, label } = await open();
    const created = await store.create('summary', largeSummary('s1'), anna);
    const newer = await store.update('summary', largeSummary('s1', { text: 'Nyare' }), created.eTag, anna);
    fake.resetLog();
    await expect(store.update('summary', largeSummary('s1', { text: 'Gammal' }), created.eTag, anna)).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    expect(fake.requests.map(label)).toEqual(['GET VP-summary/items 200']);
    expect(summaryFiles(siteId)).toHaveLength(1);
    expect((await store.get('summary', 's1'))!.eTag).toBe(newer.eTag);
  });

  it('leaves the stored item, its file and no orphan when Graph answers the write with 412', async () => {
    const { store, siteId, label } = await open();
    const created = await store.create('summary', largeSummary('s1'), anna);
    const winner = largeSummary('s1', { text: 'Vinnaren' });
    let won: string | undefined;
    // Another writer saves between our lookup and our PATCH (its own requests pass here too).
    fake.beforeAnswer = async (r) => {
      if (r.method !== 'PATCH' || won !== undefined) return;
      won = 'pending';
      won = (await store.update('summary', winner, created.eTag, anna)).eTag;
    };
    fake.resetLog();
    const outcome = await store.update('summary', largeSummary('s1', { text: 'Förloraren' }), created.eTag, anna).catch((e: unknown) => e);
    expect(isStoreError(outcome, 'PRECONDITION_FAILED')).toBe(true);
    // The log is in order of arrival: our PATCH came first and was answered 412 after the winner's 200.
    expect(fake.requests.filter((r) => r.method === 'PATCH').map((r) => r.status)).toEqual([412, 200]);
    expect(fake.requests.map(label).slice(-1)).toEqual(['DELETE file 204']); // the loser's new file, right after its 412
    expect(summaryFiles(siteId).map((f) => f.item.content)).toEqual([JSON.stringify(winner)]);
    expect(await store.get('summary', 's1')).toEqual({ ...winner, eTag: won });
  });

  it('deletes the new file when the create itself fails', async () => {
    const { store, siteId, label } = await open();
    const winner = largeSummary('s1', { text: 'Först' });
    let raced = false;
    // Another writer creates the same id between our lookup and our POST: the unique ItemId column answers 409.
    fake.beforeAnswer = async (r) => {
      if (r.method !== 'POST' || !label(r).startsWith('POST VP-summary/items') || raced) return;
      raced = true;
      await store.create('summary', winner, anna);
    };
    fake.resetLog();
    const outcome = await store.create('summary', largeSummary('s1', { text: 'Sen' }), anna).catch((e: unknown) => e);
    expect(isStoreError(outcome, 'CONFLICT')).toBe(true);
    expect(fake.requests.map(label).filter((l) => l.startsWith('POST VP-summary'))).toEqual(['POST VP-summary/items 409', 'POST VP-summary/items 201']);
    expect(fake.requests.map(label).slice(-1)).toEqual(['DELETE file 204']);
    expect(summaryFiles(siteId).map((f) => f.item.content)).toEqual([JSON.stringify(winner)]);
  });

  it('reads again when a concurrent update replaced the file after the list item was read', async () => {
    const { store, label } = await open();
    const created = await store.create('summary', largeSummary('s1'), anna);
    const newer = largeSummary('s1', { text: 'Nyare' });
    let eTag: string | undefined;
    fake.beforeAnswer = async (r) => {
      if (!/\/content$/.test(r.path) || r.method !== 'GET' || eTag !== undefined) return;
      eTag = 'pending';
      eTag = (await store.update('summary', newer, created.eTag, anna)).eTag; // deletes the file being read
    };
    fake.resetLog();
    expect(await store.get('summary', 's1')).toEqual({ ...newer, eTag });
    // In order of arrival: ours (answered 404 once the winner had replaced the file), the winner's read of
    // the old version, and ours again after reading the list item anew.
    expect(fake.requests.filter((r) => /\/content$/.test(r.path) && r.method === 'GET').map((r) => r.status)).toEqual([404, 302, 302]);
    expect(fake.requests.map(label).filter((l) => l.startsWith('GET VP-summary/items/{n}'))).toEqual(['GET VP-summary/items/{n} 200']); // the re-read
  });

  it('answers null when the item was deleted while its file was being read', async () => {
    const { store } = await open();
    const created = await store.create('summary', largeSummary('s1'), anna);
    let removed = false;
    fake.beforeAnswer = async (r) => {
      if (!/\/content$/.test(r.path) || removed) return;
      removed = true;
      await store.remove('summary', 's1', created.eTag, anna);
    };
    expect(await store.get('summary', 's1')).toBeNull();
  });

  it('refuses JSON over 4 MB clearly, before writing anything', async () => {
    const { store, siteId } = await open();
    const huge = largeSummary('s1', { analysisLength: 80_000 });
    expect(Buffer.byteLength(JSON.stringify(huge))).toBeGreaterThan(MAX_PAYLOAD_FILE_BYTES);
    await expect(store.create('summary', huge, anna)).rejects.toThrow(/summary s1 is \d+ bytes as JSON; the SharePoint store keeps at most 4194304 bytes per item/);
    expect(fake.requests).toEqual([]);
    expect(fake.driveFiles(siteId)).toEqual([]);
  });

  it('reads only the returned audit entries’ files', async () => {
    const { store, label } = await open();
    await store.create('summary', largeSummary('s1'), anna);
    await store.create('goal', goal('g1'), anna);
    await store.create('goal', goal('g2'), anna);
    fake.resetLog();
    expect((await store.listAudit({ forvaltningId: 'f1', limit: 2 })).map((e) => e.itemId)).toEqual(['g2', 'g1']);
    expect(driveTraffic()).toEqual([]);
    fake.resetLog();
    const [entry] = await store.listAudit({ itemId: 's1' });
    expect(entry!.changes.find((c) => c.field === 'overview')!.after).toEqual(largeSummary('s1').overview);
    expect(fake.requests.map(label)).toEqual(['GET VP-audit/items 200', 'GET content 302', 'download 200']);
  });
});

describe('DeltaMirror with large payloads', () => {
  it('reads a large item’s file when it is loaded or reported changed, never again otherwise', async () => {
    const { store, label } = await open();
    const created = await store.create('summary', largeSummary('s1'), anna);
    const mirror = new DeltaMirror(store.graph);
    const query = [{ kind: 'summary', filter: { forvaltningId: 'f1' } }] as const;
    fake.resetLog();
    const [first] = await mirror.listMany(query);
    expect(first).toEqual([{ ...largeSummary('s1'), eTag: created.eTag }]);
    expect(fake.requests.map(label)).toEqual(['POST $batch', 'POST $batch', 'GET content 302', 'download 200']); // token=latest, the query, the file

    fake.resetLog();
    await mirror.listMany(query);
    expect(driveTraffic()).toEqual([]);

    const second = largeSummary('s1', { text: 'Reviderad' });
    const updated = await store.update('summary', second, created.eTag, anna);
    await store.create('summary', small('s2'), anna);
    fake.resetLog();
    const [current] = await mirror.listMany(query);
    expect(current).toEqual([{ ...second, eTag: updated.eTag }, expect.objectContaining({ id: 's2' })]);
    expect(fake.requests.map(label)).toEqual(['POST $batch', 'GET content 302', 'download 200']); // the delta, the changed file
  });
});
