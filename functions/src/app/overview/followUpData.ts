import type { Activity, ActivityReport, Goal, GoalReport, Indicator, IndicatorReport, Period, Report, Store, Unit } from '@vp/shared';

/** Everything an overview of a förvaltning, year and period is computed from. */
export interface FollowUpData {
  units: Unit[];
  goals: Goal[];
  indicators: Indicator[];
  activities: Activity[];
  reports: Report[];
  goalReports: GoalReport[];
  indicatorReports: IndicatorReport[];
  activityReports: ActivityReport[];
}

/** Reads the follow-up data; the SharePoint adapter may keep it current with delta queries instead. */
export type ReadFollowUpData = (forvaltningId: string, year: number, period: Period) => Promise<FollowUpData>;

/**
 * The plain way: each kind once for the whole förvaltning, filtered on the indexed förvaltning, year
 * and period columns (one $batch through Graph) — never a query per unit.
 */
export const readFollowUpData =
  (store: Store): ReadFollowUpData =>
  async (forvaltningId, year, period) => {
    const plan = { forvaltningId, year };
    const followUp = { forvaltningId, year, period };
    const [units, goals, indicators, activities, reports, goalReports, indicatorReports, activityReports] = await store.listMany([
      { kind: 'unit', filter: { forvaltningId } },
      { kind: 'goal', filter: plan },
      { kind: 'indicator', filter: { ...plan, unitId: null } },
      { kind: 'activity', filter: { ...plan, unitId: null } },
      { kind: 'report', filter: followUp },
      { kind: 'goalReport', filter: followUp },
      { kind: 'indicatorReport', filter: followUp },
      { kind: 'activityReport', filter: followUp },
    ] as const);
    return { units, goals, indicators, activities, reports, goalReports, indicatorReports, activityReports };
  };
