import { readFollowUpData } from '../app/overview/followUpData';
import { seedDemoData } from '../seed/seed';
import { serveApi } from '../testing/apiHost';
import { openFakeSharePointStore } from '../testing/fakeSharePoint';
import { GraphFake } from '../testing/graphFake';

// As storedBadFigures.test.ts, over SharePoint lists: the row is edited by hand in the list, as a person could.
const fake = new GraphFake();
let api: Awaited<ReturnType<typeof serveApi>>;
let siteId: string;
beforeAll(async () => {
  fake.listen();
  const opened = await openFakeSharePointStore(fake);
  siteId = opened.siteId;
  await seedDemoData(opened.store);
  api = await serveApi(opened.store, readFollowUpData(opened.store));
});
afterAll(async () => {
  await api.close();
  fake.close();
});

const F = 'hagersten-alvsjo';
const HAG = 'hagerstensasens-forskolor';
const MV = 'malarhojden-vastertorps-forskolor';
const perGroup = 'ind-kf-1.3-3';

it('a figure edited by hand in the SharePoint list is left out of the overview and the summary, which still answer', async () => {
  const entry = (numerator: number, denominator: number) => ({ indicators: [{ indicatorId: perGroup, value: null, numerator, denominator, weight: null, comment: '' }] });
  for (const [unit, as] of [[MV, 'dev-personal-mv'], [HAG, 'dev-personal-hag']]) {
    expect((await api.call(`/units/${unit}/plans/2021/reports/T1`, { method: 'PUT', as, body: JSON.stringify(entry(120, 8)) })).status).toBe(200);
  }
  // Hägerstensåsen's row, edited in the list: the numerator typed as 10^308.
  const list = fake.list(siteId, 'VP-indicatorReport')!;
  const item = [...list.items.values()].find((i) => (i.fields.Payload as string).includes(HAG))!;
  item.fields.Payload = (item.fields.Payload as string).replace('"numerator":120', '"numerator":1e308');

  const overview = await api.call(`/forvaltningar/${F}/overview?year=2021&period=T1`);
  expect(overview.status).toBe(200);
  const rollup = (await overview.json()).indicators.find((i: { indicatorId: string }) => i.indicatorId === perGroup);
  expect(rollup).toMatchObject({ value: 15, numerator: 120, denominator: 8, leftOutUnits: [{ unitId: HAG, message: expect.stringMatching(/^Täljare \(barn\): .*större än/) }] });
  const summary = await api.call(`/forvaltningar/${F}/summaries?year=2021&period=T1`, { method: 'POST', as: 'dev-avdelningschef' });
  expect(summary.status).toBe(201);
});
