// An indicator the förvaltning asks of some units only (applicableUnitIds): set over the API, not asked
// of the other units' reports, refused in them, and not missing in the roll-up — over both stores.
import { readFollowUpData } from '../app/overview/followUpData';
import { seedDemoData } from '../seed/seed';
import { serveApi } from '../testing/apiHost';
import { apiOnEachStore as stores, type StoreApi } from '../testing/apiOnEachStore';
import { openFakeSharePointStore } from '../testing/fakeSharePoint';
import { GraphFake } from '../testing/graphFake';

const F = 'hagersten-alvsjo';
const HAG = 'hagerstensasens-forskolor';
const MV = 'malarhojden-vastertorps-forskolor';
const chef = 'dev-avdelningschef';
const summerJobs = 'ind-kf-1.1-1'; // Antal tillhandahållna platser för feriejobb: sum, tertial
const indicatorPath = `/forvaltningar/${F}/plans/2021/indicators/${summerJobs}`;
const reportOf = (unit: string) => `/units/${unit}/plans/2021/reports/T1`;
const jobs = (value: number) => ({ indicators: [{ indicatorId: summerJobs, value, numerator: null, denominator: null, weight: null, comment: 'Sommarjobb i parken' }] });
const withoutETag = ({ eTag: _, ...item }: Record<string, unknown>) => item;

describe.each(stores)('over the %s store', (_name, open) => {
  let api: StoreApi;
  beforeAll(async () => {
    api = await open();
  });
  afterAll(() => api.stop());

  const json = async (path: string) => (await api.call(path)).json();
  const patchIndicator = async (body: unknown) => {
    const before = await json(indicatorPath);
    return api.call(indicatorPath, { method: 'PATCH', as: chef, headers: { 'if-match': before.eTag }, body: JSON.stringify(body) });
  };
  const put = (unit: string, as: string, body: unknown) => api.call(reportOf(unit), { method: 'PUT', as, body: JSON.stringify(body) });
  const summerJobsIn = (overview: { indicators: { indicatorId: string }[] }) => overview.indicators.find((i) => i.indicatorId === summerJobs);

  let total: Record<string, number>;
  it('every unit is asked for the demo indicators until the förvaltning chooses units', async () => {
    expect((await json(indicatorPath)).applicableUnitIds).toBeNull();
    total = { [HAG]: (await json(reportOf(HAG))).progress.total, [MV]: (await json(reportOf(MV))).progress.total };
  });

  it('the förvaltning limits an indicator to one unit: the other is not asked, refused with the name, and not missing', async () => {
    const before = await json(indicatorPath);
    const patched = await patchIndicator({ applicableUnitIds: [MV] });
    expect(patched.status).toBe(200);
    const after = await json(indicatorPath);
    expect(withoutETag(after)).toEqual({ ...withoutETag(before), applicableUnitIds: [MV] });
    expect(await patched.json()).toEqual(after);

    // Hägerstensåsen's report no longer counts it, and refuses an entry for it.
    expect((await json(reportOf(HAG))).progress.total).toBe(total[HAG]! - 1);
    const refused = await put(HAG, 'dev-personal-hag', jobs(3));
    expect(refused.status).toBe(400);
    const { error } = await refused.json();
    expect(error.fields).toEqual([{ field: 'indicators.0.indicatorId', message: expect.stringContaining('"Antal tillhandahållna platser för feriejobb" gäller inte Hägerstensåsens förskolor') }]);
    expect(await json(reportOf(HAG))).toMatchObject({ eTag: null, indicators: [] });

    // Mälarhöjden reports it, and reads back what it saved.
    expect((await json(reportOf(MV))).progress.total).toBe(total[MV]);
    const saved = await put(MV, 'dev-personal-mv', jobs(5));
    expect(saved.status).toBe(200);
    const report = await json(reportOf(MV));
    expect(report.indicators).toEqual(jobs(5).indicators);
    expect(await saved.json()).toEqual(report);

    const overview = await json(`/forvaltningar/${F}/overview?year=2021&period=T1`);
    expect(summerJobsIn(overview)).toMatchObject({ value: 5, unitValues: [{ unitId: MV, value: 5 }], missingUnitIds: [] });

    // Back to every unit: Hägerstensåsen is asked again, and missing until it reports.
    expect((await patchIndicator({ applicableUnitIds: null })).status).toBe(200);
    expect((await json(indicatorPath)).applicableUnitIds).toBeNull();
    expect((await json(reportOf(HAG))).progress.total).toBe(total[HAG]);
    expect(summerJobsIn(await json(`/forvaltningar/${F}/overview?year=2021&period=T1`))).toMatchObject({ missingUnitIds: [HAG] });
  });

  it('names only units of the förvaltning, each once; a refused list changes nothing', async () => {
    const before = await json(indicatorPath);
    const unknown = await patchIndicator({ applicableUnitIds: [MV, 'enhet-som-inte-finns'] });
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.fields).toEqual([{ field: 'applicableUnitIds.1', message: '"enhet-som-inte-finns" är ingen enhet i förvaltningen' }]);
    expect((await patchIndicator({ applicableUnitIds: [MV, MV] })).status).toBe(400);
    expect((await patchIndicator({ applicableUnitIds: [] })).status).toBe(400);
    expect(await json(indicatorPath)).toEqual(before);
  });

  it('a new indicator applies to every unit unless it names units; what it names is read back', async () => {
    const create = (body: Record<string, unknown>) =>
      api.call(`/forvaltningar/${F}/plans/2021/indicators`, {
        method: 'POST',
        as: chef,
        body: JSON.stringify({ parentId: 'kf-1.1', name: 'Antal sommarjobb', direction: 'higherIsBetter', annualTarget: null, councilTarget: null, periodicity: 'tertial', aggregation: { rule: 'sum' }, ...body }),
      });
    const all = await create({});
    expect(all.status).toBe(201);
    expect((await all.json()).applicableUnitIds).toBeNull();
    const some = await create({ applicableUnitIds: [HAG] });
    expect(some.status).toBe(201);
    const created = await some.json();
    expect(await json(`/forvaltningar/${F}/plans/2021/indicators/${created.id}`)).toEqual(created);
    expect(created.applicableUnitIds).toEqual([HAG]);
    const tree = await json(`/units/${HAG}/plans/2021`);
    const area = tree.goals.flatMap((g: { children: { id: string; indicators: { id: string; applicableUnitIds: unknown }[] }[] }) => g.children).find((g: { id: string }) => g.id === 'kf-1.1');
    expect(area.indicators.find((i: { id: string }) => i.id === created.id).applicableUnitIds).toEqual([HAG]);
  });
});

describe('an indicator row stored in SharePoint before the field existed', () => {
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

  it('reads as applying to every unit (SQLite rows get the field from a migration)', async () => {
    const list = fake.list(siteId, 'VP-indicator')!;
    const item = [...list.items.values()].find((i) => (i.fields.Payload as string).includes(`"id":"${summerJobs}"`))!;
    const payload = JSON.parse(item.fields.Payload as string);
    delete payload.applicableUnitIds;
    item.fields.Payload = JSON.stringify(payload);

    const read = await api.call(indicatorPath);
    expect(read.status).toBe(200);
    expect((await read.json()).applicableUnitIds).toBeNull();
    expect((await api.call(reportOf(HAG))).status).toBe(200);
  });
});
