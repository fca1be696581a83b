import { startApiHost, type ApiHost } from '../testing/apiHost';
import { serveSharePointApi } from '../testing/sharePointApi';
import { GraphFake } from '../testing/graphFake';
import { deltaFollowUp } from './deltaFollowUp';

// The overview and the summaries over SharePoint with the delta reader wired through the services,
// against the same API over SQLite with the plain reader.
const fake = new GraphFake();
let sharePointApi: Awaited<ReturnType<typeof serveSharePointApi>>;
let base: string;
let sqliteApi: ApiHost;

beforeAll(async () => {
  fake.listen();
  sharePointApi = await serveSharePointApi(fake, deltaFollowUp);
  base = sharePointApi.base;
  sqliteApi = await startApiHost();
});
afterAll(async () => {
  await sharePointApi.close();
  await sqliteApi.stop();
  fake.close();
});

const overview = '/forvaltningar/hagersten-alvsjo/overview?year=2021&period=T1';
const body = (numerator: number) =>
  JSON.stringify({
    goals: [{ goalId: 'hag-em-1', assessment: 'fully', analysis: 'Analys' }],
    indicators: [{ indicatorId: 'ind-kf-1.3-1', value: null, numerator, denominator: 20, weight: null, comment: '' }],
    activities: [{ activityId: 'act-nm-1.3-1-1', status: 'done', comment: '' }],
  });
const headers = { 'content-type': 'application/json', 'x-dev-user': 'dev-personal-hag' };
const report = '/units/hagerstensasens-forskolor/plans/2021/reports/T1';

type Overview = { indicators: { indicatorId: string; value: number | null }[] };

async function both(path: string, init: RequestInit = {}) {
  const [sharePoint, sqlite] = await Promise.all([fetch(base + path, init), sqliteApi.call(path, init)]);
  return { sharePoint: (await sharePoint.json()) as Overview, sqlite: (await sqlite.json()) as Overview, status: sharePoint.status };
}
const withoutVolatile = (value: unknown) => JSON.parse(JSON.stringify(value), (key, v) => (['computedAt', 'eTag'].includes(key) ? undefined : v));

it('rolls up the same overview as SQLite, kept current through delta in two Graph requests', async () => {
  const before = await both(overview);
  expect(withoutVolatile(before.sharePoint)).toEqual(withoutVolatile(before.sqlite));

  expect((await both(report, { method: 'PUT', headers, body: body(10) })).status).toBe(200);
  fake.resetLog();
  const after = await both(overview);
  // the förvaltning by its ItemId, and one $batch of one delta request per list
  expect(fake.requests).toHaveLength(2);
  expect(fake.batchedRequests.every((r) => r.path.endsWith('/items/delta'))).toBe(true);
  expect(withoutVolatile(after.sharePoint)).toEqual(withoutVolatile(after.sqlite));
  const share = (o: Overview) => o.indicators.find((i) => i.indicatorId === 'ind-kf-1.3-1')!.value;
  expect(share(after.sharePoint)).toBeCloseTo(50, 6);
});

it('stores a summary computed from the delta mirror', async () => {
  const { eTag } = (await (await fetch(base + report)).json()) as { eTag: string };
  expect((await fetch(base + report, { method: 'PUT', headers: { ...headers, 'if-match': eTag }, body: body(15) })).status).toBe(200);
  const created = await fetch(`${base}/forvaltningar/hagersten-alvsjo/summaries?year=2021&period=T1`, { method: 'POST', headers: { 'x-dev-user': 'dev-avdelningschef' } });
  expect(created.status).toBe(201);
  const summary = (await created.json()) as { overview: { indicators: { indicatorId: string; value: number }[] } };
  expect(summary.overview.indicators.find((i) => i.indicatorId === 'ind-kf-1.3-1')!.value).toBeCloseTo(75, 6);
});
