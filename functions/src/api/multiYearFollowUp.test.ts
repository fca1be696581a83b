// A plan for several years is followed up every year of its span (Smedjebacken's 2020–2023, stored
// under 2020): each year's report is read and saved against that plan and kept apart from the others.
import type { UnitReportView } from '@vp/shared';
import { apiOnEachStore as stores, type StoreApi } from '../testing/apiOnEachStore';

const reports = (year: number) => `/units/smedjebacken-forskolan/plans/${year}/reports`;
const rektor = 'dev-rektor-smb';
const entries2022 = {
  goals: [{ goalId: 'smb-fokus-2', assessment: 'partly', analysis: 'Alla förskolor använder Infomentor; två av fem följer upp varje månad.' }],
  indicators: [],
  activities: [{ activityId: 'smb-fokus-1-akt-1', status: 'done', comment: 'Annonserna ligger ute på alla tre kanalerna.' }],
};

describe.each(stores)('following up Smedjebacken’s plan 2020–2023 over the %s store', (_name, open) => {
  let api: StoreApi;
  beforeAll(async () => {
    api = await open();
  });
  afterAll(() => api.stop());

  it('reads each year’s VB against the plan of 2020: every unit goal and activity of the plan is due', async () => {
    for (const year of [2020, 2021, 2022, 2023]) {
      const response = await api.call(`${reports(year)}/VB`);
      expect(response.status).toBe(200);
      const report: UnitReportView = await response.json();
      expect(report).toMatchObject({ unitId: 'smedjebacken-forskolan', year, period: 'VB', status: 'draft', eTag: null, goals: [], activities: [] });
      // 4 verksamhetsmål and 7 focus areas, and the focus areas' 13 activities.
      expect(report.progress).toEqual({ filled: 0, total: 4 + 7 + 13 });
    }
  });

  it('saves 2022’s VB under 2022 and reads it back whole; the other years stay empty', async () => {
    const saved = await api.call(`${reports(2022)}/VB`, { method: 'PUT', as: rektor, body: JSON.stringify(entries2022) });
    expect(saved.status).toBe(200);
    const view: UnitReportView = await saved.json();
    expect(view.year).toBe(2022);

    const read: UnitReportView = await (await api.call(`${reports(2022)}/VB`)).json();
    expect(read.goals).toEqual(entries2022.goals);
    expect(read.activities).toEqual(entries2022.activities);
    expect(read.indicators).toEqual([]);
    expect(read.progress).toEqual({ filled: 2, total: 24 });
    expect(read.eTag).toBe(view.eTag);

    for (const year of [2020, 2021, 2023]) {
      const other: UnitReportView = await (await api.call(`${reports(year)}/VB`)).json();
      expect([other.eTag, other.goals, other.activities]).toEqual([null, [], []]);
    }
    // The report's Word file names the year it follows up and the plan it follows.
    const docx = await api.call(`${reports(2022)}/VB.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toContain('VB 2022');
  });

  it('refuses entries for items outside the plan, and years the plan does not cover', async () => {
    const stranger = await api.call(`${reports(2021)}/T1`, {
      method: 'PUT',
      as: rektor,
      body: JSON.stringify({ goals: [{ goalId: 'hag-em-1', assessment: 'fully', analysis: '' }] }),
    });
    expect(stranger.status).toBe(400);
    for (const year of [2019, 2024]) {
      const response = await api.call(`${reports(year)}/VB`);
      expect(response.status).toBe(404);
      expect((await response.json()).error.message).toBe(`Förskolan, Smedjebackens kommun har ingen verksamhetsplan för ${year}`);
    }
    // The plan itself is still read under its first year only.
    expect((await api.call('/units/smedjebacken-forskolan/plans/2021')).status).toBe(404);
  });
});
