import { InvocationContext } from '@azure/functions';
import type { Timer } from '@azure/functions';
import { readFollowUpData } from '../app/overview/followUpData';
import { startApiHost, type ApiHost } from '../testing/apiHost';
import { tertialSummary } from '../timers/tertialSummary';

// Figures saved before the entry bounds, or edited by hand in SharePoint, reach the store without the API.
let api: ApiHost;
beforeEach(async () => {
  api = await startApiHost();
});
afterEach(() => api.stop());

const F = 'hagersten-alvsjo';
const HAG = 'hagerstensasens-forskolor';
const MV = 'malarhojden-vastertorps-forskolor';
const perGroup = 'ind-kf-1.3-3'; // barn per grupp: ratioOfSums ×1, lowerIsBetter, KF 16
const actor = { id: 'sharepoint-hand', name: 'Redigerat i SharePoint' };
const timer: Timer = { isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: '', next: '', lastUpdated: '' } };

/** Malmhöjden reports 120 children in 8 groups through the API; Hägerstensåsen's row is written straight into the store. */
async function oneGoodOneBad() {
  const good = { indicators: [{ indicatorId: perGroup, value: null, numerator: 120, denominator: 8, weight: null, comment: '' }] };
  expect((await api.call(`/units/${MV}/plans/2021/reports/T1`, { method: 'PUT', as: 'dev-personal-mv', body: JSON.stringify(good) })).status).toBe(200);
  const row = { forvaltningId: F, unitId: HAG, year: 2021, period: 'T1' as const };
  await api.store.create('report', { ...row, id: 'bad-header', status: 'draft', readyAt: null, readyBy: null }, actor);
  await api.store.create('indicatorReport', { ...row, id: 'bad-row', indicatorId: perGroup, value: null, numerator: 1e308, denominator: 0.001, weight: null, comment: '' }, actor);
}

function expectLeftOut(overview: { indicators: { indicatorId: string }[] }) {
  const rollup = overview.indicators.find((i) => i.indicatorId === perGroup) as Record<string, unknown>;
  expect(rollup).toMatchObject({ value: 15, numerator: 120, denominator: 8, vsCouncilTarget: 'meets', missingUnitIds: [] });
  expect((rollup.unitValues as { unitId: string }[]).map((v) => v.unitId)).toEqual([MV]);
  expect(rollup.leftOutUnits).toEqual([{ unitId: HAG, message: expect.stringContaining('Värdet blir större än') }]);
}

describe('a stored figure out of range is left out of the roll-up, and said so', () => {
  it('the overview answers 200 with the value of the others and names the unit left out', async () => {
    await oneGoodOneBad();
    const response = await api.call(`/forvaltningar/${F}/overview?year=2021&period=T1`);
    expect(response.status).toBe(200);
    expectLeftOut(await response.json());
  });

  it('a summary on demand is stored (201) and reads back with the unit left out', async () => {
    await oneGoodOneBad();
    const created = await api.call(`/forvaltningar/${F}/summaries?year=2021&period=T1`, { method: 'POST', as: 'dev-avdelningschef' });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const read = await api.call(`/forvaltningar/${F}/summaries/${id}`);
    expect(read.status).toBe(200);
    expectLeftOut((await read.json()).overview);
  });

  it('the timer summarises the förvaltning, and one förvaltning that fails does not stop the others', async () => {
    await oneGoodOneBad();
    // A förvaltning listed first whose data cannot be read.
    await api.store.create('forvaltning', { id: 'aaa-trasig', name: 'Trasig förvaltning', municipality: 'Stockholms stad', committee: 'Trasig nämnd' }, actor);
    const read = readFollowUpData(api.store);
    const failing: typeof read = async (forvaltningId, year, period) => {
      if (forvaltningId === 'aaa-trasig') throw new Error('listan gick inte att läsa');
      return read(forvaltningId, year, period);
    };
    const logged: string[] = [];
    const context = new InvocationContext({ logHandler: (level, ...args) => logged.push(`${level} ${String(args[0])}`) });
    const run = tertialSummary(api.store, () => new Date('2021-05-15T05:00:00Z'), failing)(timer, context);
    await expect(run).rejects.toThrow('Trasig förvaltning');
    expect(logged.filter((l) => l.startsWith('error'))).toEqual(['error Tertialsammanställning T1 2021 för Trasig förvaltning misslyckades']);
    const summaries = await api.store.list('summary', { forvaltningId: F });
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ year: 2021, period: 'T1', createdBy: 'Automatisk tertialsammanställning' });
    expectLeftOut(summaries[0]!.overview);
    expect(await api.store.list('summary', { forvaltningId: 'aaa-trasig' })).toEqual([]);
  });
});

describe('a share above 100 % is accepted, and flagged in the overview', () => {
  it('more licensed teachers than staff: saved as reported, pooled, and named in unitWarnings', async () => {
    const licensed = 'ind-kf-1.3-1'; // Andel legitimerade förskollärare: ratioOfSums × 100, "%"
    const body = { indicators: [{ indicatorId: licensed, value: null, numerator: 12, denominator: 10, weight: null, comment: '' }] };
    const saved = await api.call(`/units/${HAG}/plans/2021/reports/T1`, { method: 'PUT', as: 'dev-personal-hag', body: JSON.stringify(body) });
    expect(saved.status).toBe(200);
    expect((await saved.json()).indicators[0]).toMatchObject({ numerator: 12, denominator: 10, value: 120 });
    const overview = await (await api.call(`/forvaltningar/${F}/overview?year=2021&period=T1`)).json();
    const rollup = overview.indicators.find((i: { indicatorId: string }) => i.indicatorId === licensed);
    expect(rollup).toMatchObject({ value: 120, leftOutUnits: [] });
    expect(rollup.unitWarnings).toEqual([{ unitId: HAG, message: 'Fler legitimerade förskollärare (årsarbetare) än anställda (årsarbetare): andelen blir över 100 %' }]);
  });
});
