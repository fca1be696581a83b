import { buildOverview, type Overview, type Period, type Store } from '@vp/shared';
import { findForvaltning } from '../organisation';

/**
 * The förvaltning's roll-up for a year and period. Reads each kind once for the whole förvaltning,
 * filtered on the indexed förvaltning, year and period columns — never a query per unit.
 */
export async function readOverview(store: Store, forvaltningId: string, year: number, period: Period, now = new Date()): Promise<Overview> {
  const forvaltning = await findForvaltning(store, forvaltningId);
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
  return buildOverview({
    forvaltning,
    year,
    period,
    units,
    goals,
    indicators,
    activities,
    reports,
    goalReports,
    indicatorReports,
    activityReports,
    computedAt: now.toISOString(),
  });
}
