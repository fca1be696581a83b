import fc from 'fast-check';
import { forvaltningData as fv } from '../../../functions/src/seed/demo/forvaltning';
import { hagerstensasenData as hag } from '../../../functions/src/seed/demo/hagerstensasen';
import { malarhojdenVastertorpData as mv } from '../../../functions/src/seed/demo/malarhojden-vastertorp';
import type { Activity } from '../schemas/activity';
import type { Goal } from '../schemas/goal';
import type { Aggregation, Indicator } from '../schemas/indicator';
import type { Unit } from '../schemas/organisation';
import { Overview, type IndicatorRollup } from '../schemas/overview';
import { IndicatorReport, type ActivityReport, type ActivityStatus, type Assessment, type GoalReport, type LegacyReportStatus, type Period, type Report } from '../schemas/report';
import type { Approval } from '../schemas/approval';
import type { ApprovalState } from '../schemas/approvalStates';
import { Indicator as IndicatorSchema } from '../schemas/indicator';
import { figureProblems } from './figureProblems';
import { buildOverview, type OverviewInput } from './buildOverview';
import type { IndicatorFigures } from './indicatorValue';
import { finalValue, partialOf } from './partial';

const F = 'hagersten-alvsjo';
const Y = 2021;
const HAG = 'hagerstensasens-forskolor';
const MV = 'malarhojden-vastertorps-forskolor';
const forvaltning = fv.forvaltningar[0]!;
const computedAt = '2021-05-15T05:00:00.000Z';

let seq = 0;
const row = (unitId: string, period: Period, year = Y) => ({ id: `r${++seq}`, forvaltningId: F, unitId, year, period });
/** A header as stored before approvals ("ready": klar för granskning), or as now (no status). */
const header = (unitId: string, period: Period, status?: LegacyReportStatus): Report => ({ ...row(unitId, period), ...(status && { status, readyAt: null, readyBy: null }) });
const approval = (unitId: string, period: Period, state: ApprovalState, year = Y): Approval => ({
  id: `a-${unitId}-${period}-${year}`, subject: 'unitReport', forvaltningId: F, unitId, year, period, state, version: 1, changedAt: computedAt, changedBy: { id: 'r', name: 'Rektor' },
});
const goalRow = (unitId: string, period: Period, goalId: string, assessment: Assessment | null, analysis = ''): GoalReport => ({ ...row(unitId, period), goalId, assessment, analysis });
const figures = (f: Partial<IndicatorFigures>): IndicatorFigures => ({ value: null, numerator: null, denominator: null, weight: null, ...f });
const indRow = (unitId: string, period: Period, indicatorId: string, f: Partial<IndicatorFigures>): IndicatorReport => ({ ...row(unitId, period), indicatorId, ...figures(f), comment: '' });
const actRow = (unitId: string, period: Period, activityId: string, status: ActivityStatus | null, comment = ''): ActivityReport => ({ ...row(unitId, period), activityId, status, comment });
const unit = (id: string, name: string): Unit => ({ id, forvaltningId: F, name, description: '', preschools: [] });

type Rows = Partial<Pick<OverviewInput, 'reports' | 'approvals' | 'goalReports' | 'indicatorReports' | 'activityReports' | 'units' | 'goals' | 'indicators'>>;
/** The demo förvaltning with its two units (plus `units`), and the report rows given. */
const demoInput = (period: Period, rows: Rows = {}): OverviewInput => ({
  forvaltning,
  year: Y,
  period,
  units: [...hag.units, ...mv.units, ...(rows.units ?? [])],
  goals: [...fv.goals, ...hag.goals, ...mv.goals, ...(rows.goals ?? [])],
  indicators: [...fv.indicators, ...(rows.indicators ?? [])],
  activities: fv.activities,
  reports: rows.reports ?? [],
  approvals: rows.approvals ?? [],
  goalReports: rows.goalReports ?? [],
  indicatorReports: rows.indicatorReports ?? [],
  activityReports: rows.activityReports ?? [],
  computedAt,
});
const indicatorIn = (o: Overview, id: string): IndicatorRollup => {
  const found = o.indicators.find((i) => i.indicatorId === id);
  if (!found) throw new Error(`no ${id} in the overview`);
  return found;
};

const LICENSED = 'ind-kf-1.3-1'; // legitimerade förskollärare, ratioOfSums ×100, KF 33 %
const PER_GROUP = 'ind-kf-1.3-3'; // barn per grupp, ratioOfSums, lowerIsBetter, KF 16
const PER_STAFF = 'ind-kf-1.3-4'; // barn per årsarbetare, tertial
const SUMMER_JOBS = 'ind-kf-1.1-1'; // feriejobb, sum, target "Tas fram av nämnd"
const PARENTS = 'ind-kf-1.3-2'; // nöjda föräldrar, yearly
const QUALITY = 'ind-kf-1.3-5'; // Kvalitetsindikatorn, weightedMean by departments, yearly, KF 3.6

describe('buildOverview on the demo förvaltning (hand-computed)', () => {
  const alvsjo = unit('alvsjo', 'Älvsjö förskolor'); // sorts after M in Swedish, before H in English
  const t1 = buildOverview(
    demoInput('T1', {
      units: [alvsjo],
      reports: [header(HAG, 'T1'), header(MV, 'T1', 'ready')],
      approvals: [approval(HAG, 'T1', 'approved'), approval(MV, 'T2', 'returned'), approval(MV, 'T1', 'draft', 2020)],
      goalReports: [
        goalRow(HAG, 'T1', 'hag-em-1', 'fully', 'Barnkonventionen syns i utbildningen.'),
        goalRow(MV, 'T1', 'mv-em-1', 'partly'),
        goalRow(MV, 'T1', 'mv-em-2', 'not'),
        goalRow(HAG, 'T1', 'hag-em-2', null, 'Påbörjad analys'),
      ],
      indicatorReports: [
        indRow(HAG, 'T1', LICENSED, { numerator: 10, denominator: 20, value: 99 }), // stored value is ignored
        indRow(MV, 'T1', LICENSED, { numerator: 1, denominator: 10 }),
        indRow(HAG, 'T1', PER_GROUP, { numerator: 120, denominator: 8 }),
        indRow(MV, 'T1', PER_GROUP, { numerator: 511, denominator: 31 }),
        indRow(HAG, 'T1', SUMMER_JOBS, { value: 3 }),
        indRow(MV, 'T1', SUMMER_JOBS, { value: 5 }),
        indRow(MV, 'T1', PER_STAFF, { value: 4.5 }), // a value without counts is not a report for a ratio
      ],
      activityReports: [actRow(HAG, 'T1', 'act-nm-1.3-1-1', 'done', 'Klart'), actRow(MV, 'T1', 'act-nm-1.3-1-1', 'ongoing')],
    }),
  );

  it('has the shape of the Overview schema', () => {
    expect(Overview.parse(t1)).toEqual(t1);
    expect(t1).toMatchObject({ forvaltningId: F, forvaltningName: forvaltning.name, year: Y, period: 'T1', computedAt });
  });

  it("lists every unit by Swedish name order with its report's approval state: approved, submitted (marked ready before approvals), none", () => {
    expect(t1.units).toEqual([
      { unitId: HAG, name: 'Hägerstensåsens förskolor', reportStatus: 'approved' },
      { unitId: MV, name: 'Mälarhöjden/Västertorps förskolor', reportStatus: 'submitted' },
      { unitId: 'alvsjo', name: 'Älvsjö förskolor', reportStatus: 'none' },
    ]);
  });

  it('licensed teacher share: 10/20 and 1/10 roll up to 11/30 = 36.67 %, not the mean 30 %', () => {
    const share = indicatorIn(t1, LICENSED);
    expect(share.value).toBeCloseTo(36.6667, 4);
    expect(share).toMatchObject({ numerator: 11, denominator: 30, weight: null, vsCouncilTarget: 'meets', vsAnnualTarget: null, missingUnitIds: ['alvsjo'] });
    expect(share.unitValues).toEqual([
      { unitId: HAG, value: 50, numerator: 10, denominator: 20, weight: null },
      { unitId: MV, value: 10, numerator: 1, denominator: 10, weight: null },
    ]);
  });

  it('children per group: Σchildren/Σgroups = 631/39 misses the lowerIsBetter target 16 (the mean 15.74 would meet it)', () => {
    const perGroup = indicatorIn(t1, PER_GROUP);
    expect(perGroup.value).toBeCloseTo(631 / 39, 10);
    expect(perGroup).toMatchObject({ numerator: 631, denominator: 39, direction: 'lowerIsBetter', vsCouncilTarget: 'misses' });
  });

  it('a sum with a textual target has no comparison', () => {
    expect(indicatorIn(t1, SUMMER_JOBS)).toMatchObject({ value: 8, numerator: null, denominator: null, vsCouncilTarget: null, missingUnitIds: ['alvsjo'] });
  });

  it('an indicator for some units only: the others are neither missing nor pooled, even with figures stored', () => {
    const onlyHag = fv.indicators.map((i) => (i.id === SUMMER_JOBS ? { ...i, applicableUnitIds: [HAG] } : i));
    const o = buildOverview({
      ...demoInput('T1', { units: [alvsjo], indicatorReports: [indRow(HAG, 'T1', SUMMER_JOBS, { value: 3 }), indRow(MV, 'T1', SUMMER_JOBS, { value: 5 })] }),
      indicators: onlyHag,
    });
    expect(indicatorIn(o, SUMMER_JOBS)).toMatchObject({ value: 3, unitValues: [{ unitId: HAG, value: 3 }], missingUnitIds: [], leftOutUnits: [], unitWarnings: [] });
    expect(indicatorIn(o, LICENSED).missingUnitIds).toEqual([HAG, MV, 'alvsjo']);
  });

  it('an indicator nobody reported has no value, no counts, and every unit missing', () => {
    expect(indicatorIn(t1, PER_STAFF)).toMatchObject({
      value: null,
      numerator: null,
      denominator: null,
      vsCouncilTarget: null,
      unitValues: [],
      missingUnitIds: [HAG, MV, 'alvsjo'],
    });
  });

  it('in T1 only tertial indicators, in tree order; yearly ones are absent', () => {
    expect(t1.indicators.map((i) => i.indicatorId)).toEqual([SUMMER_JOBS, LICENSED, PER_GROUP, PER_STAFF]);
    expect(t1.indicators.some((i) => i.indicatorId === PARENTS || i.periodicity === 'year')).toBe(false);
  });

  it('nämndmål in tree order with their KF area', () => {
    expect(t1.committeeGoals.map((g) => g.goalId)).toEqual(['nm-1.3-1', 'nm-1.3-2', 'nm-2.4-1', 'nm-2.5-1', 'nm-3.1-1', 'nm-3.2-1', 'nm-3.2-2', 'nm-3.2-3']);
    expect(t1.committeeGoals[0]).toMatchObject({
      areaNumber: '1.3',
      areaTitle: 'I Stockholm når barn sin fulla potential då Stockholms skolor och förskolor är de bästa i Sverige',
    });
  });

  it('each nämndmål: the units’ enhetsmål with assessment and analysis, the distribution, and who has not assessed', () => {
    const [democracy, learning] = t1.committeeGoals;
    expect(democracy!.unitGoals.map((g) => [g.unitId, g.goalId, g.assessment, g.analysis])).toEqual([
      [HAG, 'hag-em-1', 'fully', 'Barnkonventionen syns i utbildningen.'],
      [MV, 'mv-em-1', 'partly', ''],
    ]);
    expect(democracy).toMatchObject({ distribution: { fully: 1, partly: 1, not: 0 }, notReportedUnitIds: [] });
    // hag-em-2 has a row, but without an assessment: still not reported
    expect(learning).toMatchObject({ distribution: { fully: 0, partly: 0, not: 1 }, notReportedUnitIds: [HAG] });
    expect(learning!.unitGoals.find((g) => g.goalId === 'hag-em-2')).toMatchObject({ assessment: null, analysis: 'Påbörjad analys' });
  });

  it('units with no enhetsmål under a nämndmål are not counted as missing there', () => {
    const culture = t1.committeeGoals.find((g) => g.goalId === 'nm-2.4-1')!;
    expect(culture).toMatchObject({ unitGoals: [], distribution: { fully: 0, partly: 0, not: 0 }, notReportedUnitIds: [] });
    const economy = t1.committeeGoals.find((g) => g.goalId === 'nm-3.1-1')!; // only Hägerstensåsen has a goal here
    expect(economy.notReportedUnitIds).toEqual([HAG]);
    expect(t1.committeeGoals.some((g) => g.notReportedUnitIds.includes('alvsjo'))).toBe(false);
  });

  it('activities: counts per status across units, missing for units without one, and per unit', () => {
    expect(t1.activities.map((a) => a.activityId)).toEqual(fv.activities.map((a) => a.id)); // the demo lists them in tree order
    const first = t1.activities[0]!;
    expect(first).toMatchObject({ goalId: 'nm-1.3-1', start: '2021-01-01', end: '2021-12-31' });
    expect(first.counts).toEqual({ notStarted: 0, ongoing: 1, done: 1, cancelled: 0, missing: 1 });
    expect(first.perUnit).toEqual([
      { unitId: HAG, status: 'done', comment: 'Klart' },
      { unitId: MV, status: 'ongoing', comment: '' },
      { unitId: 'alvsjo', status: null, comment: '' },
    ]);
    expect(t1.activities[1]!.counts).toEqual({ notStarted: 0, ongoing: 0, done: 0, cancelled: 0, missing: 3 });
  });
});

describe('buildOverview: periods, missing data and rules', () => {
  it('yearly indicators appear in the VB; the self-assessment is weighted by departments', () => {
    const vb = buildOverview(
      demoInput('VB', {
        indicatorReports: [
          indRow(HAG, 'VB', QUALITY, { value: 3.2, weight: 8 }),
          indRow(MV, 'VB', QUALITY, { value: 3.7, weight: 31 }),
          indRow(HAG, 'VB', PARENTS, { numerator: 180, denominator: 200 }),
          indRow(MV, 'VB', PARENTS, { numerator: 300, denominator: 400 }),
        ],
      }),
    );
    expect(vb.indicators.map((i) => i.indicatorId)).toEqual(fv.indicators.map((i) => i.id));
    const quality = indicatorIn(vb, QUALITY);
    expect(quality.value).toBeCloseTo((3.2 * 8 + 3.7 * 31) / 39, 10); // 3.597, not the mean 3.45
    expect(quality).toMatchObject({ weight: 39, numerator: null, vsCouncilTarget: 'misses' });
    const parents = indicatorIn(vb, PARENTS);
    expect(parents.value).toBeCloseTo(80, 10); // 480/600; the mean of 90 % and 75 % is 82.5 %
    expect(parents.vsCouncilTarget).toBe('misses');
    expect(buildOverview(demoInput('T2')).indicators.some((i) => i.periodicity === 'year')).toBe(false);
  });

  it('a unit with a report header but no entries is draft and missing everywhere', () => {
    const o = buildOverview(
      demoInput('T2', {
        reports: [header(HAG, 'T2', 'draft'), header(MV, 'T2', 'draft')],
        goalReports: [goalRow(HAG, 'T2', 'hag-em-1', 'partly')],
        indicatorReports: [indRow(HAG, 'T2', LICENSED, { numerator: 7, denominator: 21 })],
        activityReports: [actRow(HAG, 'T2', 'act-nm-1.3-1-1', 'notStarted')],
      }),
    );
    expect(o.units.map((u) => u.reportStatus)).toEqual(['draft', 'draft']);
    for (const i of o.indicators) {
      expect(i.missingUnitIds).toContain(MV);
      expect(i.unitValues.map((v) => v.unitId)).not.toContain(MV);
    }
    const mvGoals = new Set(mv.goals.map((g) => g.parentId));
    for (const g of o.committeeGoals) expect(g.notReportedUnitIds.includes(MV)).toBe(mvGoals.has(g.goalId));
    for (const a of o.activities) expect(a.perUnit.find((p) => p.unitId === MV)).toEqual({ unitId: MV, status: null, comment: '' });
    expect(indicatorIn(o, LICENSED)).toMatchObject({ numerator: 7, denominator: 21, missingUnitIds: [MV] });
    expect(indicatorIn(o, LICENSED).value).toBeCloseTo(100 / 3, 10);
  });

  it('rows of another period, year or förvaltning are ignored', () => {
    const o = buildOverview(
      demoInput('T2', {
        reports: [header(HAG, 'T1', 'ready'), { ...header(MV, 'T2', 'ready'), year: 2020 }],
        goalReports: [goalRow(HAG, 'T1', 'hag-em-1', 'fully')],
        indicatorReports: [indRow(HAG, 'T1', LICENSED, { numerator: 1, denominator: 2 }), { ...indRow(MV, 'T2', LICENSED, { numerator: 1, denominator: 2 }), forvaltningId: 'annan' }],
        activityReports: [actRow(HAG, 'VB', 'act-nm-1.3-1-1', 'done')],
      }),
    );
    expect(o.units.map((u) => u.reportStatus)).toEqual(['none', 'none']);
    expect(o.committeeGoals[0]!.distribution).toEqual({ fully: 0, partly: 0, not: 0 });
    expect(indicatorIn(o, LICENSED)).toMatchObject({ value: null, unitValues: [], missingUnitIds: [HAG, MV] });
    expect(o.activities[0]!.counts.missing).toBe(2);
  });

  it('a median indicator over scale values (four units: 3, 2, 4, 3.5 → 3.25)', () => {
    const scale: Indicator = { ...fv.indicators[0]!, id: 'ind-scale', parentId: 'kf-1.3', order: 9, name: 'Skattning', measureUnit: 'skala 1–4', aggregation: { rule: 'median' }, councilTarget: { type: 'value', value: 3 } };
    const extra = [unit('u3', 'Tredje'), unit('u4', 'Fjärde')];
    const o = buildOverview(
      demoInput('T1', {
        units: extra,
        indicators: [scale],
        indicatorReports: [indRow(HAG, 'T1', 'ind-scale', { value: 3 }), indRow(MV, 'T1', 'ind-scale', { value: 2 }), indRow('u3', 'T1', 'ind-scale', { value: 4 }), indRow('u4', 'T1', 'ind-scale', { value: 3.5 })],
      }),
    );
    expect(indicatorIn(o, 'ind-scale')).toMatchObject({ value: 3.25, vsCouncilTarget: 'meets', missingUnitIds: [] });
  });

  it('unit-owned indicators and activities are not rolled up; unit goals of unknown units are left out', () => {
    const own: Indicator = { ...fv.indicators[0]!, id: 'ind-own', unitId: HAG, parentId: 'hag-em-1' };
    const stray: Goal = { ...hag.goals[0]!, id: 'x-em', unitId: 'okand' };
    const o = buildOverview(demoInput('T1', { indicators: [own], goals: [stray] }));
    expect(o.indicators.some((i) => i.indicatorId === 'ind-own')).toBe(false);
    expect(o.committeeGoals[0]!.unitGoals.map((g) => g.goalId)).toEqual(['hag-em-1', 'mv-em-1']);
  });

  it('600 units with a full year of rows: fast, and the share is still Σ/Σ', () => {
    const units = Array.from({ length: 600 }, (_, i) => unit(`u${i}`, `Enhet ${String(i).padStart(3, '0')}`));
    const nms = fv.goals.filter((g) => g.level === 'committeeGoal');
    const goals: Goal[] = units.flatMap((u, i) => nms.slice(0, 5).map((nm, k) => ({ ...hag.goals[0]!, id: `${u.id}-em-${k}`, unitId: u.id, parentId: nm.id, order: 0, title: `Mål ${i}.${k}` })));
    const assessments = ['fully', 'partly', 'not', null] as const;
    const input: OverviewInput = {
      ...demoInput('VB'),
      units,
      goals: [...fv.goals, ...goals],
      reports: units.map((u, i) => header(u.id, 'VB', i % 3 ? 'ready' : 'draft')),
      goalReports: goals.map((g, i) => goalRow(g.unitId!, 'VB', g.id, assessments[i % 4]!, 'Analys')),
      indicatorReports: units.flatMap((u, i) =>
        fv.indicators.map((ind) => indRow(u.id, 'VB', ind.id, { value: 1 + (i % 4), numerator: 3 + (i % 7), denominator: 10 + (i % 5), weight: 1 + (i % 9) })),
      ),
      activityReports: units.flatMap((u, i) => fv.activities.map((a) => actRow(u.id, 'VB', a.id, i % 5 === 0 ? null : 'ongoing'))),
    };
    const started = performance.now();
    const o = buildOverview(input);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1000); // typically ~20 ms; a per-item scan over all rows would be far slower
    const n = units.reduce((s, _, i) => s + 3 + (i % 7), 0);
    const d = units.reduce((s, _, i) => s + 10 + (i % 5), 0);
    expect(indicatorIn(o, LICENSED)).toMatchObject({ numerator: n, denominator: d });
    expect(indicatorIn(o, LICENSED).value).toBeCloseTo((n * 100) / d, 9);
    expect(o.committeeGoals.slice(0, 5).reduce((s, g) => s + g.distribution.fully + g.distribution.partly + g.distribution.not, 0)).toBe(2250);
    expect(o.activities[0]!.counts).toMatchObject({ ongoing: 480, missing: 120 });
  });
});

// --- property tests over random förvaltningar ---

const PERIODS = ['T1', 'T2', 'VB'] as const;
const NMS = ['nm-a', 'nm-b', 'nm-c', 'nm-orphan'] as const;
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });
const count = fc.integer({ min: 0, max: 300 });
const weightedBoolean = (trueWeight: number, falseWeight: number) => fc.oneof({ arbitrary: fc.constant(true), weight: trueWeight }, { arbitrary: fc.constant(false), weight: falseWeight });
const anyFigures = fc.record({ value: maybe(fc.double({ min: 0, max: 1e4, noNaN: true, noDefaultInfinity: true })), numerator: maybe(count), denominator: maybe(count), weight: maybe(fc.integer({ min: 0, max: 50 })) });
const aggregation: fc.Arbitrary<Aggregation> = fc.constantFrom<Aggregation>(
  { rule: 'ratioOfSums', numerator: 'n', denominator: 'd', factor: 100 },
  { rule: 'sum' },
  { rule: 'weightedMean', weight: 'w' },
  { rule: 'median' },
  { rule: 'min' },
  { rule: 'max' },
);

const spineGoal = (id: string, parentId: string | null, level: Goal['level'], order: number, number: string | null): Goal => ({
  id, forvaltningId: F, unitId: null, year: Y, parentId, order, level, number, title: `Mål ${id}`, description: '', expectedResults: [], workingMethods: '', resources: [], followUp: [], development: '',
});
const SPINE: Goal[] = [
  spineGoal('kf-1', null, 'councilDirection', 0, '1'),
  spineGoal('kf-1.1', 'kf-1', 'councilAreaGoal', 0, '1.1'),
  spineGoal('kf-1.2', 'kf-1', 'councilAreaGoal', 1, '1.2'),
  spineGoal('nm-a', 'kf-1.1', 'committeeGoal', 1, null),
  spineGoal('nm-b', 'kf-1.1', 'committeeGoal', 0, null),
  spineGoal('nm-c', 'kf-1.2', 'committeeGoal', 0, null),
  spineGoal('nm-orphan', 'kf-9.9', 'committeeGoal', 0, null), // its KF goal is missing
];

/** A random förvaltning: units, their enhetsmål, indicators, activities, and report rows for all periods (one row per key). */
const world = fc
  .record({
    period: fc.constantFrom(...PERIODS),
    unitNumbers: fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { maxLength: 10 }),
    unitGoals: fc.array(fc.record({ unit: fc.nat(), parent: fc.constantFrom(...NMS), order: fc.nat(3) }), { maxLength: 25 }),
    indicators: fc.array(
      fc.record({ aggregation, periodicity: fc.constantFrom('tertial' as const, 'year' as const), unitOwned: weightedBoolean(1, 4), applicableUnits: fc.option(fc.array(fc.nat(), { maxLength: 4 }), { nil: null, freq: 2 }) }),
      { maxLength: 5 },
    ),
    activities: fc.nat(4),
    headers: fc.array(fc.record({ unit: fc.nat(), period: fc.constantFrom(...PERIODS), status: fc.constantFrom('draft' as const, 'ready' as const) }), { maxLength: 15 }),
    goalRows: fc.array(fc.record({ goal: fc.nat(), unit: fc.nat(), ownUnit: weightedBoolean(5, 1), period: fc.constantFrom(...PERIODS), assessment: maybe(fc.constantFrom('fully' as const, 'partly' as const, 'not' as const)) }), { maxLength: 40 }),
    indicatorRows: fc.array(fc.record({ indicator: fc.nat(), unit: fc.nat(), period: fc.constantFrom(...PERIODS), figures: anyFigures }), { maxLength: 50 }),
    activityRows: fc.array(fc.record({ activity: fc.nat(), unit: fc.nat(), period: fc.constantFrom(...PERIODS), status: maybe(fc.constantFrom('notStarted' as const, 'ongoing' as const, 'done' as const, 'cancelled' as const)) }), { maxLength: 30 }),
  })
  .map((w): OverviewInput => {
    const units = w.unitNumbers.map((n) => unit(`u${n}`, `Enhet ${n % 4}`)); // repeated names: ties broken by id
    const pickUnit = (i: number) => units[i % Math.max(1, units.length)]?.id ?? 'u-none';
    const goals = [...SPINE, ...w.unitGoals.map((g, i): Goal => ({ ...spineGoal(`em-${i}`, g.parent, 'unitGoal', g.order, null), unitId: pickUnit(g.unit) }))];
    const unitGoals = goals.filter((g) => g.unitId !== null);
    const indicators = w.indicators.map((x, i): Indicator => ({
      id: `ind-${i}`, forvaltningId: F, unitId: x.unitOwned ? pickUnit(i) : null, year: Y, parentId: NMS[i % NMS.length]!, order: i,
      name: `Indikator ${i}`, measureUnit: '', direction: 'higherIsBetter', annualTarget: { type: 'value', value: 50 }, councilTarget: null, periodicity: x.periodicity, aggregation: x.aggregation,
      applicableUnitIds: x.applicableUnits?.length ? [...new Set(x.applicableUnits.map(pickUnit))] : null,
    }));
    const activities = Array.from({ length: w.activities }, (_, i): Activity => ({ id: `act-${i}`, forvaltningId: F, unitId: null, year: Y, parentId: NMS[i % NMS.length]!, order: i, text: `Aktivitet ${i}`, start: '2021-01-01', end: '2021-12-31', responsible: '', resources: '' }));
    /** Real data has one row per (unit, item, period); keep the first. */
    const unique = <R extends { unitId: string; period: Period }>(rows: R[], item: (r: R) => string) => {
      const seen = new Set<string>();
      return rows.filter((r) => !seen.has(`${r.unitId}|${item(r)}|${r.period}`) && !!seen.add(`${r.unitId}|${item(r)}|${r.period}`));
    };
    return {
      forvaltning, year: Y, period: w.period, units, goals, indicators, activities, computedAt, approvals: [],
      reports: unique(w.headers.map((h) => header(pickUnit(h.unit), h.period, h.status)), () => ''),
      goalReports: unique(w.goalRows.filter(() => unitGoals.length > 0).map((r) => {
        const g = unitGoals[r.goal % unitGoals.length]!;
        return goalRow(r.ownUnit ? g.unitId! : pickUnit(r.unit), r.period, g.id, r.assessment); // sometimes a stray row from another unit
      }), (r) => r.goalId),
      indicatorReports: unique(w.indicatorRows.filter(() => indicators.length > 0).map((r) => indRow(pickUnit(r.unit), r.period, indicators[r.indicator % indicators.length]!.id, r.figures)), (r) => r.indicatorId),
      activityReports: unique(w.activityRows.filter(() => activities.length > 0).map((r) => actRow(pickUnit(r.unit), r.period, activities[r.activity % activities.length]!.id, r.status)), (r) => r.activityId),
    };
  });

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

describe('buildOverview: properties', () => {
  it('(d) distributions count exactly the assessed enhetsmål; every unit asked for an indicator is in unitValues or missingUnitIds, never both', () => {
    fc.assert(
      fc.property(world, (input) => {
        const o = buildOverview(input);
        expect(() => Overview.parse(o)).not.toThrow();
        const unitIds = input.units.map((u) => u.id).sort();
        expect(o.units.map((u) => u.unitId).sort()).toEqual(unitIds);

        // Oracle: the assessment of each enhetsmål is the row of its own unit for this period.
        const assessmentOf = (g: Goal) => input.goalReports.find((r) => r.goalId === g.id && r.unitId === g.unitId && r.period === input.period)?.assessment ?? null;
        const enhetsmal = input.goals.filter((g) => g.level === 'unitGoal' && unitIds.includes(g.unitId!) && NMS.includes(g.parentId as (typeof NMS)[number]));
        const assessed = enhetsmal.filter((g) => assessmentOf(g) !== null);
        let total = 0;
        for (const cg of o.committeeGoals) {
          const d = cg.distribution;
          expect(d.fully + d.partly + d.not).toBe(cg.unitGoals.filter((g) => g.assessment !== null).length);
          total += d.fully + d.partly + d.not;
          const under = enhetsmal.filter((g) => g.parentId === cg.goalId);
          expect(cg.unitGoals.map((g) => g.goalId).sort()).toEqual(under.map((g) => g.id).sort());
          for (const a of ['fully', 'partly', 'not'] as const) expect(d[a]).toBe(under.filter((g) => assessmentOf(g) === a).length);
          expect([...cg.notReportedUnitIds].sort()).toEqual([...new Set(under.filter((g) => assessmentOf(g) === null).map((g) => g.unitId!))].sort());
        }
        expect(total).toBe(assessed.length);
        expect(o.committeeGoals.map((g) => g.goalId)).toEqual(['nm-b', 'nm-a', 'nm-c', 'nm-orphan']);
        expect(o.committeeGoals.map((g) => g.areaNumber)).toEqual(['1.1', '1.1', '1.2', null]);

        const due = input.indicators.filter((i) => i.unitId === null && (i.periodicity === 'tertial' || input.period === 'VB'));
        expect(o.indicators.map((i) => i.indicatorId).sort()).toEqual(due.map((i) => i.id).sort());
        for (const rollup of o.indicators) {
          const reported = rollup.unitValues.map((v) => v.unitId);
          const asked = input.indicators.find((i) => i.id === rollup.indicatorId)!.applicableUnitIds ?? unitIds;
          const askedUnits = unitIds.filter((id) => asked.includes(id));
          expect(reported.filter((id) => rollup.missingUnitIds.includes(id))).toEqual([]);
          expect([...reported, ...rollup.missingUnitIds].sort()).toEqual(askedUnits);
          const rows = input.indicatorReports.filter((r) => r.indicatorId === rollup.indicatorId && r.period === input.period && askedUnits.includes(r.unitId));
          expect(close(rollup.value, finalValue(partialOf(rollup.aggregation, rows), rollup.aggregation))).toBe(true);
        }
        for (const a of o.activities) {
          const c = a.counts;
          expect(c.notStarted + c.ongoing + c.done + c.cancelled + c.missing).toBe(unitIds.length);
        }

        // The same rows in another order give the same overview.
        const reversed = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? [...v].reverse() : v])) as unknown as OverviewInput;
        expect(buildOverview(reversed)).toEqual(o);
      }),
      { numRuns: 300 },
    );
  });

  it('(c) a unit with missing data never changes an indicator value and shows up in missingUnitIds', () => {
    fc.assert(
      fc.property(world, aggregation, anyFigures, fc.boolean(), (base, agg, stray, withHeader) => {
        const indicator: Indicator = { ...fv.indicators[0]!, forvaltningId: F, parentId: 'nm-a', id: 'ind-x', periodicity: 'tertial', aggregation: agg };
        const input: OverviewInput = { ...base, indicators: [indicator] };
        // Lacking what the rule needs, whatever else it has (a stale value, a stray weight).
        const lacking: IndicatorFigures =
          agg.rule === 'ratioOfSums' ? { ...stray, denominator: null } : agg.rule === 'weightedMean' ? { ...stray, weight: null } : { ...stray, value: null };
        const rows = base.units.map((u, i) => indRow(u.id, base.period, 'ind-x', { value: i + 0.5, numerator: i, denominator: 2 * i + 1, weight: i + 1 }));
        const newcomer = unit('u-new', 'Ny enhet');
        const before = buildOverview({ ...input, indicatorReports: rows });
        const after = buildOverview({
          ...input,
          units: [...input.units, newcomer],
          reports: withHeader ? [...input.reports, header('u-new', base.period)] : input.reports,
          indicatorReports: [...rows, indRow('u-new', base.period, 'ind-x', lacking)],
        });
        const [b, a] = [before.indicators[0]!, after.indicators[0]!];
        expect(a.value).toBe(b.value);
        expect([a.numerator, a.denominator, a.weight]).toEqual([b.numerator, b.denominator, b.weight]);
        expect(a.missingUnitIds).toContain('u-new');
        expect(a.unitValues.map((v) => v.unitId)).not.toContain('u-new');
        expect(a.unitValues).toEqual(b.unitValues);
      }),
      { numRuns: 200 },
    );
  });

  it('(e) stored figures the schemas accept never give Infinity or NaN: unusable ones are left out and named, the rest roll up', () => {
    // What a stored report row may hold (finite, counts ≥ 0) — edited by hand, or saved before the entry bounds.
    const extreme = fc.constantFrom(Number.MAX_VALUE, 1e308, 1e13, 1e12, Number.MIN_VALUE, 1e-300);
    const anyFinite = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), extreme, extreme.map((x) => -x), fc.integer({ min: -5, max: 300 }));
    const anyCount = fc.oneof(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), extreme, count);
    const storedFigures = fc.record({ value: maybe(anyFinite), numerator: maybe(anyCount), denominator: maybe(anyCount), weight: maybe(anyCount) });
    const target = fc.option(fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((value) => ({ type: 'value' as const, value })), { nil: null });
    fc.assert(
      fc.property(world, aggregation, fc.constantFrom('%', 'antal', ''), target, fc.array(storedFigures, { maxLength: 12 }), (base, agg, measureUnit, annualTarget, rowsFigures) => {
        const indicator: Indicator = { ...fv.indicators[0]!, forvaltningId: F, parentId: 'nm-a', id: 'ind-x', periodicity: 'tertial', aggregation: agg, measureUnit, annualTarget };
        expect(IndicatorSchema.safeParse(indicator).success).toBe(true);
        const rows = base.units.flatMap((u, i) => (i < rowsFigures.length ? [indRow(u.id, base.period, 'ind-x', rowsFigures[i]!)] : []));
        for (const r of rows) expect(IndicatorReport.safeParse(r).success).toBe(true);

        const o = buildOverview({ ...base, indicators: [indicator], indicatorReports: rows });
        expect(() => Overview.parse(o)).not.toThrow(); // z.number() refuses Infinity and NaN
        const [rollup] = o.indicators;
        for (const x of [rollup!.value, rollup!.numerator, rollup!.denominator, rollup!.weight]) expect(x === null || Number.isFinite(x)).toBe(true);

        const leftOut = rollup!.leftOutUnits.map((u) => u.unitId);
        const withProblems = rows.filter((r) => !rollup!.missingUnitIds.includes(r.unitId) && figureProblems(indicator, r).length > 0);
        expect(leftOut.sort()).toEqual(withProblems.map((r) => r.unitId).sort());
        const all = [...rollup!.unitValues.map((v) => v.unitId), ...rollup!.missingUnitIds, ...leftOut].sort();
        expect(all).toEqual(base.units.map((u) => u.id).sort());
        // the value is the value over the usable rows alone
        const usable = rows.filter((r) => !leftOut.includes(r.unitId));
        expect(close(rollup!.value, finalValue(partialOf(agg, usable), agg))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
