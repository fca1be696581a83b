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

it('serves the same plan tree as the SQLite store, in two Graph requests one after the other', async () => {
  fake.resetLog();
  const fromSharePoint = await (await fetch(base + plan)).text();
  // one $batch for the unit (by its indexed ItemId) and what it owns for the year, then one for the
  // förvaltning the unit names and its spine: two HTTP requests, so at most two round trips
  expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /$batch', 'POST /$batch']);
  expect(fake.batchedRequests).toHaveLength(6 + 4);
  const fromSqlite = await (await sqliteApi.call(plan)).text();
  expect(withoutETags(fromSharePoint)).toEqual(withoutETags(fromSqlite));
});

it("serves the förvaltning's own plan in one Graph request", async () => {
  fake.resetLog();
  const fromSharePoint = await (await fetch(`${base}/forvaltningar/hagersten-alvsjo/plans/2021`)).text();
  expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /$batch']);
  expect(fake.batchedRequests).toHaveLength(4);
  const fromSqlite = await (await sqliteApi.call('/forvaltningar/hagersten-alvsjo/plans/2021')).text();
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
