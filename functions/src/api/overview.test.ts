import { tertialSummary } from '../timers/tertialSummary';
import { startApiHost, type ApiHost } from '../testing/apiHost';
import { InvocationContext } from '@azure/functions';
import { readDocx } from '../testing/docxReader';

let api: ApiHost;
beforeEach(async () => {
  api = await startApiHost();
});
afterEach(() => api.stop());

const licensed = 'ind-kf-1.3-1';
const report = (unit: string, as: string, numerator: number, denominator: number, goalId: string, assessment: string) =>
  api.call(`/units/${unit}/plans/2021/reports/T1`, {
    method: 'PUT',
    as,
    body: JSON.stringify({
      goals: [{ goalId, assessment, analysis: `Analys för ${goalId}` }],
      indicators: [{ indicatorId: licensed, value: null, numerator, denominator, weight: null, comment: '' }],
      activities: [{ activityId: 'act-nm-1.3-1-1', status: 'done', comment: '' }],
    }),
  });
const overviewPath = '/forvaltningar/hagersten-alvsjo/overview?year=2021&period=T1';

describe('the förvaltning overview', () => {
  it('rolls up indicators by their rule, never as a mean of unit percentages, with the units behind the number', async () => {
    expect((await report('hagerstensasens-forskolor', 'dev-personal-hag', 10, 20, 'hag-em-1', 'fully')).status).toBe(200);
    expect((await report('malarhojden-vastertorps-forskolor', 'dev-personal-mv', 1, 10, 'mv-em-1', 'partly')).status).toBe(200);
    const overview = await (await api.call(overviewPath)).json();

    const share = overview.indicators.find((i: { indicatorId: string }) => i.indicatorId === licensed);
    expect(share.value).toBeCloseTo((11 / 30) * 100, 6); // 36.67 %, not the mean of 50 % and 10 %
    expect(share).toMatchObject({ numerator: 11, denominator: 30, vsCouncilTarget: 'meets', missingUnitIds: [] });
    expect(share.unitValues).toHaveLength(2);
    expect(overview.indicators.some((i: { periodicity: string }) => i.periodicity === 'year')).toBe(false);

    const democracy = overview.committeeGoals.find((g: { goalId: string }) => g.goalId === 'nm-1.3-1');
    expect(democracy.distribution).toEqual({ fully: 1, partly: 1, not: 0 });
    expect(democracy.unitGoals.map((g: { unitId: string; assessment: string }) => [g.unitId, g.assessment]).sort()).toEqual([
      ['hagerstensasens-forskolor', 'fully'],
      ['malarhojden-vastertorps-forskolor', 'partly'],
    ]);
    const activity = overview.activities.find((a: { activityId: string }) => a.activityId === 'act-nm-1.3-1-1');
    expect(activity.counts).toMatchObject({ done: 2, missing: 0 });
    expect(overview.units.map((u: { reportStatus: string }) => u.reportStatus)).toEqual(['draft', 'draft']);
  });

  it('reports units that have not reported as missing', async () => {
    await report('hagerstensasens-forskolor', 'dev-personal-hag', 10, 20, 'hag-em-1', 'fully');
    const overview = await (await api.call(overviewPath)).json();
    const share = overview.indicators.find((i: { indicatorId: string }) => i.indicatorId === licensed);
    expect(share.value).toBeCloseTo(50, 6);
    expect(share.missingUnitIds).toEqual(['malarhojden-vastertorps-forskolor']);
    expect(overview.units.find((u: { unitId: string }) => u.unitId === 'malarhojden-vastertorps-forskolor').reportStatus).toBe('none');
  });

  it('keeps dated summaries that later edits do not change', async () => {
    await report('hagerstensasens-forskolor', 'dev-personal-hag', 10, 20, 'hag-em-1', 'fully');
    const summaries = '/forvaltningar/hagersten-alvsjo/summaries?year=2021&period=T1';
    expect((await api.call(summaries, { method: 'POST', as: 'dev-rektor-hag' })).status).toBe(403);
    const created = await api.call(summaries, { method: 'POST', as: 'dev-avdelningschef' });
    expect(created.status).toBe(201);
    const first = await created.json();

    await report('malarhojden-vastertorps-forskolor', 'dev-personal-mv', 1, 10, 'mv-em-1', 'partly');
    const second = await (await api.call(summaries, { method: 'POST', as: 'dev-avdelningschef' })).json();
    const list = await (await api.call('/forvaltningar/hagersten-alvsjo/summaries')).json();
    expect(list.map((s: { id: string }) => s.id)).toEqual([second.id, first.id]);
    const kept = await (await api.call(`/forvaltningar/hagersten-alvsjo/summaries/${first.id}`)).json();
    const value = (s: { overview: { indicators: { indicatorId: string; value: number }[] } }) => s.overview.indicators.find((i) => i.indicatorId === licensed)!.value;
    expect(value(kept)).toBeCloseTo(50, 6);
    expect(value(second)).toBeCloseTo((11 / 30) * 100, 6);
    expect((await api.call('/forvaltningar/hagersten-alvsjo/summaries/nope')).status).toBe(404);
  });

  it('exports the unit report and a summary as Word documents', async () => {
    await report('hagerstensasens-forskolor', 'dev-personal-hag', 10, 20, 'hag-em-1', 'fully');
    const unitDoc = await api.call('/units/hagerstensasens-forskolor/plans/2021/reports/T1.docx');
    expect(unitDoc.status).toBe(200);
    expect(unitDoc.headers.get('content-type')).toContain('wordprocessingml');
    expect(unitDoc.headers.get('content-disposition')).toContain("filename*=UTF-8''T1%202021%20H%C3%A4gerstens%C3%A5sens");
    const unitText = readDocx(new Uint8Array(await unitDoc.arrayBuffer())).paragraphs.map((p) => p.text).join('\n');
    expect(unitText).toContain('Analys för hag-em-1');

    const summary = await (await api.call('/forvaltningar/hagersten-alvsjo/summaries?year=2021&period=T1', { method: 'POST', as: 'dev-avdelningschef' })).json();
    const summaryDoc = await api.call(`/forvaltningar/hagersten-alvsjo/summaries/${summary.id}.docx`);
    expect(summaryDoc.status).toBe(200);
    const read = readDocx(new Uint8Array(await summaryDoc.arrayBuffer()));
    expect(read.tables.flat(2).join(' ').replace(/\u00a0/g, ' ')).toContain('50 % (10/20)');
    expect((await api.call('/forvaltningar/hagersten-alvsjo/summaries/nope.docx')).status).toBe(404);
  });

  it('asks for year and period', async () => {
    expect((await api.call('/forvaltningar/hagersten-alvsjo/overview?year=2021')).status).toBe(400);
    expect((await api.call('/forvaltningar/hagersten-alvsjo/overview?period=T1')).status).toBe(400);
  });

  it('the timer stores a summary of the period just ended', async () => {
    await tertialSummary(api.store, () => new Date('2021-05-15T05:00:00Z'))({ isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: '', next: '', lastUpdated: '' } }, new InvocationContext());
    const [summary] = await api.store.list('summary', { forvaltningId: 'hagersten-alvsjo' });
    expect(summary).toMatchObject({ year: 2021, period: 'T1', createdBy: 'Automatisk tertialsammanställning' });
  });
});
