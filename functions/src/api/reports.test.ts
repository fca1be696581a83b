import { startApiHost, type ApiHost } from '../testing/apiHost';

let api: ApiHost;
beforeEach(async () => {
  api = await startApiHost();
});
afterEach(() => api.stop());

const hag = '/units/hagerstensasens-forskolor/plans/2021/reports';
const licensed = 'ind-kf-1.3-1'; // Andel legitimerade förskollärare: ratio of sums ×100, tertial
const satisfied = 'ind-kf-1.3-2'; // Andel nöjda föräldrar: yearly, VB only
const put = (path: string, as: string, body: unknown, ifMatch?: string) =>
  api.call(path, { method: 'PUT', as, body: JSON.stringify(body), headers: ifMatch ? { 'if-match': ifMatch } : {} });
const firstReport = {
  goals: [{ goalId: 'hag-em-1', assessment: 'partly', analysis: 'Arbetet med barnkonventionen har kommit igång.' }],
  indicators: [{ indicatorId: licensed, value: null, numerator: 10, denominator: 30, weight: null, comment: '' }],
  activities: [{ activityId: 'act-nm-1.3-1-1', status: 'ongoing', comment: 'Underlagen revideras.' }],
};

describe('a unit reports T1, T2 and the VB', () => {
  it('starts as an empty draft with the progress of what is due', async () => {
    const report = await (await api.call(`${hag}/T1`)).json();
    expect(report).toMatchObject({ status: 'draft', eTag: null, goals: [], previous: null });
    expect(report.progress.filled).toBe(0);
    const vb = await (await api.call(`${hag}/VB`)).json();
    expect(vb.progress.total).toBeGreaterThan(report.progress.total); // yearly indicators are due in the VB only
  });

  it('saves entries, derives ratio values from the counts, and guards the report with its eTag', async () => {
    const saved = await put(`${hag}/T1`, 'dev-personal-hag', firstReport);
    expect(saved.status).toBe(200);
    const etag = saved.headers.get('etag')!;
    const report = await saved.json();
    expect(report.indicators[0]).toMatchObject({ numerator: 10, denominator: 30 });
    expect(report.indicators[0].value).toBeCloseTo(33.333, 2);
    expect(report.progress.filled).toBe(3);

    const newer = await put(`${hag}/T1`, 'dev-rektor-hag', { goals: [{ ...firstReport.goals[0], assessment: 'fully' }] }, etag);
    expect(newer.status).toBe(200);
    const stale = await put(`${hag}/T1`, 'dev-personal-hag', { goals: [{ ...firstReport.goals[0], assessment: 'not' }] }, etag);
    expect(stale.status).toBe(412);
    expect((await put(`${hag}/T1`, 'dev-personal-hag', firstReport)).status).toBe(428);
    const now = await (await api.call(`${hag}/T1`)).json();
    expect(now.goals[0].assessment).toBe('fully');
    expect(now.eTag).toBe(newer.headers.get('etag'));
  });

  it('refuses entries that are not in the plan, not due, or lack the counts their rule needs', async () => {
    const bad = await put(`${hag}/T1`, 'dev-personal-hag', {
      goals: [{ goalId: 'mv-em-1', assessment: 'fully', analysis: '' }],
      indicators: [
        { indicatorId: satisfied, value: 90, numerator: null, denominator: null, weight: null, comment: '' },
        { indicatorId: licensed, value: null, numerator: 10, denominator: null, weight: null, comment: '' },
      ],
      activities: [{ activityId: 'nope', status: 'done', comment: '' }],
    });
    expect(bad.status).toBe(400);
    const { error } = await bad.json();
    expect(error.fields.map((f: { field: string }) => f.field)).toEqual(['goals.0.goalId', 'activities.0.activityId', 'indicators.0.indicatorId', 'indicators.1.denominator']);
    expect(error.message).toContain('redovisas bara i verksamhetsberättelsen');
    expect((await (await api.call(`${hag}/T1`)).json()).eTag).toBeNull();
    expect((await put(`${hag}/T1`, 'dev-personal-hag', { goals: [{ goalId: 'hag-em-1', assessment: 'maybe', analysis: '' }] })).status).toBe(400);
    expect((await put(`${hag}/T1`, 'dev-personal-mv', firstReport)).status).toBe(403);
    expect((await api.call(`${hag}/T4`)).status).toBe(400);
  });

  it('locks a report marked ready until it is reopened', async () => {
    const saved = await put(`${hag}/T1`, 'dev-personal-hag', firstReport);
    const ready = await api.call(`${hag}/T1/status`, { method: 'POST', as: 'dev-rektor-hag', headers: { 'if-match': saved.headers.get('etag')! }, body: JSON.stringify({ status: 'ready' }) });
    expect(ready.status).toBe(200);
    const readyReport = await ready.json();
    expect(readyReport).toMatchObject({ status: 'ready', readyBy: 'Rektor, Hägerstensåsens förskolor' });
    const locked = await put(`${hag}/T1`, 'dev-personal-hag', firstReport, readyReport.eTag);
    expect(locked.status).toBe(409);
    expect((await locked.json()).error.message).toContain('Öppna den igen');
    const reopened = await api.call(`${hag}/T1/status`, { method: 'POST', as: 'dev-rektor-hag', headers: { 'if-match': readyReport.eTag }, body: JSON.stringify({ status: 'draft' }) });
    expect((await put(`${hag}/T1`, 'dev-personal-hag', firstReport, reopened.headers.get('etag')!)).status).toBe(200);
  });

  it("shows the previous period's entries beside the current ones", async () => {
    await put(`${hag}/T1`, 'dev-personal-hag', firstReport);
    const t2 = await (await api.call(`${hag}/T2`)).json();
    expect(t2.previous.period).toBe('T1');
    expect(t2.previous.goals[0]).toMatchObject({ goalId: 'hag-em-1', assessment: 'partly' });
  });
});
