import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Actor, ActivityReport, Store, Stored } from '@vp/shared';
import { readFollowUpData } from '../app/overview/followUpData';
import { serveApi, startApiHost, type ApiHost } from '../testing/apiHost';
import { GraphFake } from '../testing/graphFake';
import { serveSharePointApi } from '../testing/sharePointApi';

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

  it('takes 0 of 0 as a report without a value (warned about in the roll-up) but refuses more than 0 over 0', async () => {
    const none = { indicatorId: licensed, value: null, numerator: 0, denominator: 0, weight: null, comment: 'Inga anställda under perioden' };
    const saved = await put(`${hag}/T1`, 'dev-personal-hag', { indicators: [none] });
    expect(saved.status).toBe(200);
    const report = await (await api.call(`${hag}/T1`)).json();
    expect(report.indicators).toEqual([none]);
    expect(report.progress.filled).toBe(1);
    expect(await saved.json()).toEqual(report);

    const refused = await put(`${hag}/T1`, 'dev-personal-hag', { indicators: [{ ...none, numerator: 5 }] }, report.eTag);
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.fields).toEqual([
      { field: 'indicators.0.denominator', message: 'anställda (årsarbetare) kan inte vara 0 när legitimerade förskollärare (årsarbetare) är fler än 0' },
    ]);
    expect(await (await api.call(`${hag}/T1`)).json()).toEqual(report);

    const overview = await (await api.call('/forvaltningar/hagersten-alvsjo/overview?year=2021&period=T1')).json();
    expect(overview.indicators.find((i: { indicatorId: string }) => i.indicatorId === licensed)).toMatchObject({
      value: null,
      unitValues: [{ unitId: 'hagerstensasens-forskolor', value: null, numerator: 0, denominator: 0 }],
      unitWarnings: [{ unitId: 'hagerstensasens-forskolor', message: 'Värdet kan inte beräknas när anställda (årsarbetare) är 0' }],
    });
  });

  it('locks a submitted or approved report until it is returned or reopened', async () => {
    const saved = await put(`${hag}/T1`, 'dev-personal-hag', firstReport);
    const step = (as: string, action: string, key: string, ifMatch?: string) =>
      api.call(`${hag}/T1/approval`, { method: 'POST', as, headers: { 'idempotency-key': key, ...(ifMatch && { 'if-match': ifMatch }) }, body: JSON.stringify({ action, comment: action === 'return' ? 'Komplettera analysen.' : '' }) });
    const submitted = await step('dev-personal-hag', 'submit', 'k1');
    expect(submitted.status).toBe(200);
    const submittedReport = await (await api.call(`${hag}/T1`)).json();
    expect(submittedReport).toMatchObject({ status: 'submitted', statusBy: 'Personal, Hägerstensåsens förskolor', eTag: saved.headers.get('etag') });
    const locked = await put(`${hag}/T1`, 'dev-personal-hag', firstReport, submittedReport.eTag);
    expect(locked.status).toBe(409);
    expect((await locked.json()).error.message).toBe('Rapporten är inskickad och kan inte ändras. Enhetens rektor kan återremittera den för ändring.');
    const approved = await step('dev-rektor-hag', 'approve', 'k2', (await submitted.json()).eTag);
    const lockedApproved = await put(`${hag}/T1`, 'dev-rektor-hag', firstReport, submittedReport.eTag);
    expect((await lockedApproved.json()).error.message).toBe(
      'Rapporten är godkänd och kan inte ändras. Enhetens rektor kan öppna den igen, och förvaltningens avdelningschef kan återremittera den.',
    );
    await step('dev-avdelningschef', 'return', 'k3', (await approved.json()).eTag);
    expect((await (await api.call(`${hag}/T1`)).json()).status).toBe('returned');
    expect((await put(`${hag}/T1`, 'dev-personal-hag', firstReport, submittedReport.eTag)).status).toBe(200);
  });

  it("shows the previous period's entries beside the current ones", async () => {
    await put(`${hag}/T1`, 'dev-personal-hag', firstReport);
    const t2 = await (await api.call(`${hag}/T2`)).json();
    expect(t2.previous.period).toBe('T1');
    expect(t2.previous.goals[0]).toMatchObject({ goalId: 'hag-em-1', assessment: 'partly' });
  });
});

describe('a save that fails midway leaves the report exactly as it was', () => {
  const changed = {
    goals: [{ ...firstReport.goals[0], assessment: 'fully', analysis: 'Ändrad analys' }],
    indicators: [{ ...firstReport.indicators[0], numerator: 12 }],
    activities: [{ ...firstReport.activities[0], status: 'done', comment: 'Klart' }],
  };
  const auditOfUnit = async (call: ApiHost['call']) => (await call('/audit?unitId=hagerstensasens-forskolor&limit=1000')).json();

  it('on SQLite: the store fails on the activity entry after the goal and indicator entries were written', async () => {
    const saved = await put(`${hag}/T1`, 'dev-personal-hag', firstReport);
    const before = await (await api.call(`${hag}/T1`)).json();
    const auditBefore = await auditOfUnit(api.call);
    const db = new Database(join(api.dataDir, 'verksamhetsplan.db'));
    db.exec(`CREATE TRIGGER fail_activity_report BEFORE UPDATE ON items WHEN NEW.kind = 'activityReport' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    db.close();
    const failed = await put(`${hag}/T1`, 'dev-rektor-hag', changed, saved.headers.get('etag')!);
    expect(failed.status).toBe(500);
    expect(await (await api.call(`${hag}/T1`)).json()).toEqual(before);
    expect(await auditOfUnit(api.call)).toEqual(auditBefore);
  });

  describe('over SharePoint', () => {
    const fake = new GraphFake();
    let sharePoint: Awaited<ReturnType<typeof serveSharePointApi>>;
    beforeAll(async () => {
      fake.listen();
      sharePoint = await serveSharePointApi(fake, readFollowUpData);
    });
    afterAll(async () => {
      await sharePoint.close();
      fake.close();
    });
    afterEach(() => {
      fake.beforeBatchedRequest = undefined;
    });

    it('another writer changes the activity entry while the entries are written: 412, the save undone, the header untouched', async () => {
      const call = (path: string, init: Parameters<ApiHost['call']>[1]) => sharePoint.call(path, init);
      const saved = await call(`${hag}/T1`, { method: 'PUT', as: 'dev-personal-hag', body: JSON.stringify(firstReport) });
      expect(saved.status).toBe(200);
      const before = await (await sharePoint.call(`${hag}/T1`)).json();
      const auditBefore = await auditOfUnit(sharePoint.call);
      const [entry] = (await sharePoint.store.list('activityReport', { unitId: 'hagerstensasens-forskolor', year: 2021, period: 'T1' })) as Stored<ActivityReport>[];
      const other: Actor = { id: 'dev-rektor-hag', name: 'Rektor' };
      let theirs: ActivityReport | undefined;
      fake.beforeBatchedRequest = async (r) => {
        if (r.method !== 'PATCH' || theirs !== undefined) return;
        const { eTag, ...current } = entry!;
        theirs = { ...current, status: 'notStarted', comment: 'Någon annans ändring' };
        await sharePoint.store.update('activityReport', theirs, eTag, other);
      };
      const failed = await call(`${hag}/T1`, { method: 'PUT', as: 'dev-rektor-hag', body: JSON.stringify(changed), headers: { 'if-match': saved.headers.get('etag')! } });
      expect(failed.status).toBe(412);
      expect((await failed.json()).error.current.eTag).toBe(before.eTag);
      expect(fake.batchedRequests.filter((r) => r.status === 412)).toHaveLength(1);

      const after = await (await sharePoint.call(`${hag}/T1`)).json();
      expect(after).toEqual({ ...before, activities: [{ activityId: entry!.activityId, status: 'notStarted', comment: 'Någon annans ändring' }] });
      const audit = await auditOfUnit(sharePoint.call);
      expect(audit.slice(1)).toEqual(auditBefore);
      expect(audit[0]).toMatchObject({ action: 'update', kind: 'activityReport', actor: other });
    });
  });
});

describe('two first saves of a report at once', () => {
  /**
   * The store the API writes through, where `race` runs (another PUT of the same report, saved in full)
   * just before the first writeMany: both saves have read "no report yet".
   */
  function racingStore(store: Store, race: () => Promise<void>): Store {
    let raced = false;
    return new Proxy(store, {
      get(target, prop) {
        if (prop === 'writeMany')
          return async (...args: Parameters<Store['writeMany']>) => {
            if (!raced) {
              raced = true;
              await race();
            }
            return target.writeMany(...args);
          };
        const value = Reflect.get(target, prop) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
  const second = { goals: [{ ...firstReport.goals[0], assessment: 'not', analysis: 'Den andras analys' }], indicators: [], activities: [] };

  async function raceOn(store: Store) {
    const served = { call: undefined as unknown as ApiHost['call'] };
    const racing = racingStore(store, async () => {
      const other = await served.call(`${hag}/T1`, { method: 'PUT', as: 'dev-rektor-hag', body: JSON.stringify(firstReport) });
      expect(other.status).toBe(200);
    });
    const host = await serveApi(racing, readFollowUpData(racing));
    served.call = host.call;
    try {
      const late = await host.call(`${hag}/T1`, { method: 'PUT', as: 'dev-personal-hag', body: JSON.stringify(second) });
      expect(late.status).toBe(412);
      const report = await (await host.call(`${hag}/T1`)).json();
      expect((await late.json()).error.current.eTag).toBe(report.eTag);
      expect(report.goals).toEqual(firstReport.goals);
      expect(await store.list('report', { unitId: 'hagerstensasens-forskolor', year: 2021, period: 'T1' })).toHaveLength(1);
      expect(await store.list('goalReport', { unitId: 'hagerstensasens-forskolor', year: 2021, period: 'T1' })).toHaveLength(1);
    } finally {
      await host.close();
    }
  }

  it('on SQLite: one is saved, the other gets 412 and leaves nothing', async () => {
    await raceOn(api.store);
  });

  it('over SharePoint: one is saved, the other gets 412 and leaves nothing', async () => {
    const fake = new GraphFake();
    fake.listen();
    const sharePoint = await serveSharePointApi(fake, readFollowUpData);
    try {
      await raceOn(sharePoint.store);
    } finally {
      await sharePoint.close();
      fake.close();
    }
  });
});
