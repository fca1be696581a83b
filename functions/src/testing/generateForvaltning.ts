import {
  ActivityStatus,
  Assessment,
  indicatorDueIn,
  type Activity,
  type ActivityReport,
  type Actor,
  type Forvaltning,
  type Goal,
  type GoalReport,
  type Indicator,
  type IndicatorReport,
  type ItemOf,
  type Kind,
  type Period,
  type Report,
  type Store,
  type Unit,
} from '@vp/shared';
import { forvaltningData } from '../seed/demo/forvaltning';

/**
 * A generated förvaltning for load tests and benches: the demo spine (KF:s mål, nämndmål, their
 * indicators and activities) and `units` units, each with one enhetsmål under every nämndmål (8) and,
 * for each period asked for, a full report: the header, every enhetsmål assessed, every indicator due
 * that period with the counts its rule needs, every spine activity with a status. Deterministic for a seed.
 */
export interface GenerateOptions {
  units: number;
  /** Default: the demo's 'hagersten-alvsjo' with the demo's ids; another id prefixes every id with it. */
  forvaltningId?: string;
  year?: number;
  periods?: Period[];
  seed?: number;
}

export interface GeneratedForvaltning {
  forvaltning: Forvaltning;
  units: Unit[];
  goals: Goal[];
  indicators: Indicator[];
  activities: Activity[];
  reports: Report[];
  goalReports: GoalReport[];
  indicatorReports: IndicatorReport[];
  activityReports: ActivityReport[];
}

const demo = forvaltningData.forvaltningar[0]!;

/** A small deterministic PRNG (mulberry32), so generated data is the same on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateForvaltning(options: GenerateOptions): GeneratedForvaltning {
  const forvaltningId = options.forvaltningId ?? demo.id;
  const year = options.year ?? 2021;
  const periods = options.periods ?? ['T1'];
  const rnd = random(options.seed ?? 1);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(rnd() * values.length)]!;
  const prefix = forvaltningId === demo.id ? '' : `${forvaltningId}.`;
  const id = (original: string) => `${prefix}${original}`;
  const spine = { forvaltningId, year };

  const forvaltning: Forvaltning = { ...demo, id: forvaltningId, name: forvaltningId === demo.id ? demo.name : `Förvaltning ${forvaltningId}` };
  const spineGoals = forvaltningData.goals.map((g) => ({ ...g, ...spine, id: id(g.id), parentId: g.parentId === null ? null : id(g.parentId) }));
  const indicators = forvaltningData.indicators.map((i) => ({ ...i, ...spine, id: id(i.id), parentId: i.parentId === null ? null : id(i.parentId) }));
  const activities = forvaltningData.activities.map((a) => ({ ...a, ...spine, id: id(a.id), parentId: a.parentId === null ? null : id(a.parentId) }));
  const committeeGoals = spineGoals.filter((g) => g.level === 'committeeGoal');

  const units: Unit[] = [];
  const unitGoals: Goal[] = [];
  const reports: Report[] = [];
  const goalReports: GoalReport[] = [];
  const indicatorReports: IndicatorReport[] = [];
  const activityReports: ActivityReport[] = [];
  for (let n = 1; n <= options.units; n++) {
    const number = String(n).padStart(3, '0');
    const unitId = id(`enhet-${number}`);
    units.push({ id: unitId, forvaltningId, name: `Förskoleenhet ${number}`, description: '', preschools: [], children: 40 + Math.floor(rnd() * 200) });
    const goals = committeeGoals.map(
      (parent, k): Goal => ({
        id: `${unitId}-em-${k + 1}`,
        ...spine,
        unitId,
        parentId: parent.id,
        order: 0,
        level: 'unitGoal',
        number: null,
        title: `Enhetsmål ${k + 1} för förskoleenhet ${number}`,
        description: 'Genererat enhetsmål.',
        expectedResults: ['Barnen utvecklas'],
        workingMethods: '',
        resources: [],
        followUp: [],
        development: '',
      }),
    );
    unitGoals.push(...goals);
    for (const period of periods) {
      const row = { forvaltningId, unitId, year, period };
      const ready = rnd() < 0.5;
      reports.push({ id: `${unitId}-${year}-${period}`, ...row, status: ready ? 'ready' : 'draft', readyAt: ready ? `${year}-05-0${1 + (n % 9)}T12:00:00.000Z` : null, readyBy: ready ? 'Rektor' : null });
      for (const goal of goals)
        goalReports.push({ id: `${goal.id}-${period}`, ...row, goalId: goal.id, assessment: pick([...Assessment.options, null]), analysis: `Analys av ${goal.title}` });
      for (const indicator of indicators.filter((i) => indicatorDueIn(i.periodicity, period)))
        indicatorReports.push({ id: `${unitId}-${indicator.id}-${period}`, ...row, indicatorId: indicator.id, ...indicatorValues(indicator, rnd), comment: '' });
      for (const activity of activities)
        activityReports.push({ id: `${unitId}-${activity.id}-${period}`, ...row, activityId: activity.id, status: pick([...ActivityStatus.options, null]), comment: '' });
    }
  }
  return { forvaltning, units, goals: [...spineGoals, ...unitGoals], indicators, activities, reports, goalReports, indicatorReports, activityReports };
}

function indicatorValues(indicator: Indicator, rnd: () => number): Pick<IndicatorReport, 'value' | 'numerator' | 'denominator' | 'weight'> {
  const rule = indicator.aggregation.rule;
  if (rule === 'ratioOfSums') {
    const denominator = 5 + Math.floor(rnd() * 30);
    return { value: null, numerator: Math.floor(rnd() * (denominator + 1)), denominator, weight: null };
  }
  if (rule === 'weightedMean') return { value: Math.round(rnd() * 40) / 10, numerator: null, denominator: null, weight: 1 + Math.floor(rnd() * 8) };
  return { value: Math.round(rnd() * 1000) / 10, numerator: null, denominator: null, weight: null };
}

/** Every generated item with its kind, parents before children (goals by level), as a store takes them. */
export function generatedItems(g: GeneratedForvaltning): { kind: Kind; item: ItemOf<Kind> }[] {
  const levels = ['councilDirection', 'councilAreaGoal', 'committeeGoal', 'unitGoal'];
  const goals = [...g.goals].sort((a, b) => levels.indexOf(a.level) - levels.indexOf(b.level));
  const of = <K extends Kind>(kind: K, items: ItemOf<K>[]) => items.map((item) => ({ kind: kind as Kind, item: item as ItemOf<Kind> }));
  return [
    ...of('forvaltning', [g.forvaltning]),
    ...of('unit', g.units),
    ...of('goal', goals),
    ...of('indicator', g.indicators),
    ...of('activity', g.activities),
    ...of('report', g.reports),
    ...of('goalReport', g.goalReports),
    ...of('indicatorReport', g.indicatorReports),
    ...of('activityReport', g.activityReports),
  ];
}

/** Writes a generated förvaltning through a store (every write audited, as the app would). */
export async function storeGenerated(store: Store, g: GeneratedForvaltning, actor: Actor = { id: 'generator', name: 'Generator' }): Promise<number> {
  const items = generatedItems(g);
  for (const { kind, item } of items) await store.create(kind, item, actor);
  return items.length;
}
