import type { Activity, ActivityReport, Approval, Goal, GoalReport, Indicator, IndicatorReport, ItemOf, Period, Query, Report, Store, Stored, Unit } from '@vp/shared';

/** Everything an overview of a förvaltning, year and period is computed from. */
export interface FollowUpData {
  units: Unit[];
  goals: Goal[];
  indicators: Indicator[];
  activities: Activity[];
  reports: Report[];
  goalReports: GoalReport[];
  /** the period's approvals: the units' reports' (and the summary's) */
  approvals: Approval[];
  indicatorReports: IndicatorReport[];
  activityReports: ActivityReport[];
}

/** Reads the follow-up data; the SharePoint adapter may keep it current with delta queries instead. */
export type ReadFollowUpData = (forvaltningId: string, year: number, period: Period) => Promise<FollowUpData>;

/**
 * The nine queries an overview is computed from: each kind once for the whole förvaltning, filtered
 * on the indexed förvaltning, year and period columns — never a query per unit. Every reader asks
 * these, so they all mean the same FollowUpData.
 */
export function followUpQueries(forvaltningId: string, year: number, period: Period) {
  const plan = { forvaltningId, year };
  const followUp = { forvaltningId, year, period };
  return [
    { kind: 'unit', filter: { forvaltningId } },
    { kind: 'goal', filter: plan },
    { kind: 'indicator', filter: { ...plan, unitId: null } },
    { kind: 'activity', filter: { ...plan, unitId: null } },
    { kind: 'report', filter: followUp },
    { kind: 'goalReport', filter: followUp },
    { kind: 'indicatorReport', filter: followUp },
    { kind: 'activityReport', filter: followUp },
    { kind: 'approval', filter: followUp },
  ] as const satisfies readonly Query[];
}

export type FollowUpQueries = ReturnType<typeof followUpQueries>;

/** The answers to a tuple of queries, as Store.listMany gives them. */
export type ListsOf<Q extends readonly Query[]> = { [I in keyof Q]: Stored<ItemOf<Q[I]['kind']>>[] };

/** The lists answering followUpQueries, in their order, as FollowUpData. */
export function toFollowUpData(lists: ListsOf<FollowUpQueries>): FollowUpData {
  const [units, goals, indicators, activities, reports, goalReports, indicatorReports, activityReports, approvals] = lists;
  return { units, goals, indicators, activities, reports, goalReports, indicatorReports, activityReports, approvals };
}

/** The plain way: the nine queries in one listMany (one $batch through Graph) on every call. */
export const readFollowUpData =
  (store: Store): ReadFollowUpData =>
  async (forvaltningId, year, period) =>
    toFollowUpData(await store.listMany(followUpQueries(forvaltningId, year, period)));
