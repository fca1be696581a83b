import { readFollowUpData } from '../app/overview/followUpData';
import { serveSharePointApi } from '../testing/sharePointApi';
import { GraphFake } from '../testing/graphFake';
import { startApiHost, type ApiHost } from '../testing/apiHost';

// The same API over SharePoint lists (real Graph client, HTTP-level Graph fake) as over SQLite.
const fake = new GraphFake();
let sharePointApi: Awaited<ReturnType<typeof serveSharePointApi>>;
let base: string;
let sqliteApi: ApiHost;

beforeAll(async () => {
  fake.listen();
  sharePointApi = await serveSharePointApi(fake, readFollowUpData);
  base = sharePointApi.base;
  sqliteApi = await startApiHost();
});
afterAll(async () => {
  await sharePointApi.close();
  await sqliteApi.stop();
  fake.close();
});

const plan = '/units/hagerstensasens-forskolor/plans/2021';
const withoutETags = (json: string) => JSON.parse(json, (key, value) => (key === 'eTag' ? undefined : value));

it('serves the same plan tree as the SQLite store, in three Graph requests', async () => {
  fake.resetLog();
  const fromSharePoint = await (await fetch(base + plan)).text();
  const shape = (r: { method: string; path: string }) => `${r.method} ${r.path.replace(/^\/sites\/[^/]+\/lists\/[^/]+/, '/sites/{site}/lists/{list}')}`;
  // the unit and the förvaltning by their indexed ItemId, then one $batch of the 8 node queries
  expect(fake.requests.map(shape).sort()).toEqual(['GET /sites/{site}/lists/{list}/items', 'GET /sites/{site}/lists/{list}/items', 'POST /$batch']);
  expect(fake.batchedRequests).toHaveLength(8);
  const fromSqlite = await (await sqliteApi.call(plan)).text();
  expect(withoutETags(fromSharePoint)).toEqual(withoutETags(fromSqlite));
});

it('updates with If-Match through Graph and refuses a stale eTag with 412', async () => {
  const read = await fetch(`${base}${plan}/goals/hag-em-1`);
  const eTag = read.headers.get('etag')!;
  const headers = { 'content-type': 'application/json', 'x-dev-user': 'dev-rektor-hag' };
  const first = await fetch(`${base}${plan}/goals/hag-em-1`, { method: 'PATCH', headers: { ...headers, 'if-match': eTag }, body: JSON.stringify({ development: 'Ny utveckling' }) });
  expect(first.status).toBe(200);
  const stale = await fetch(`${base}${plan}/goals/hag-em-1`, { method: 'PATCH', headers: { ...headers, 'if-match': eTag }, body: JSON.stringify({ development: 'Gammal' }) });
  expect(stale.status).toBe(412);
  expect(((await (await fetch(`${base}${plan}/goals/hag-em-1`)).json()) as { development: string }).development).toBe('Ny utveckling');
  const audit = (await (await fetch(`${base}/audit?itemId=hag-em-1`)).json()) as { action: string }[];
  expect(audit.map((e) => e.action)).toEqual(['update', 'create']);
});
