import { indicatorAskedOf, isReported, previousPeriod, type Period, type Store, type UnitReportView } from '@vp/shared';
import { approvalNow } from '../approvals/approvalNow';
import { readUnitPlan } from '../readPlan';
import { readStoredReport, reportables, type StoredReport } from './reportData';
import { toEntries } from './entries';

/** A unit's report for a period (an empty draft before the first save), with the previous period's entries beside it. */
export async function readUnitReport(store: Store, unitId: string, year: number, period: Period): Promise<UnitReportView> {
  const before = previousPeriod(period);
  const [tree, current, previous] = await Promise.all([
    readUnitPlan(store, unitId, year, { inForce: true }),
    readStoredReport(store, unitId, year, period),
    before ? readStoredReport(store, unitId, year, before) : Promise.resolve(null),
  ]);
  const due = reportables(tree);
  const indicators = due.indicators.filter((i) => indicatorAskedOf(i, unitId, period));
  const entries = toEntries(current);
  const filled =
    due.goals.filter((g) => entries.goals.some((e) => e.goalId === g.id && e.assessment !== null)).length +
    indicators.filter((i) => isReported(i, entries.indicators.find((e) => e.indicatorId === i.id))).length +
    due.activities.filter((a) => entries.activities.some((e) => e.activityId === a.id && e.status !== null)).length;
  return {
    unitId,
    year,
    period,
    ...statusOf(current),
    eTag: current.header?.eTag ?? null,
    ...entries,
    progress: { filled, total: due.goals.length + indicators.length + due.activities.length },
    previous: before && previous ? { period: before, ...toEntries(previous) } : null,
  };
}

/** Where the report stands in its approval, when and by whom it got there. */
function statusOf(report: StoredReport): Pick<UnitReportView, 'status' | 'statusAt' | 'statusBy'> {
  const now = approvalNow(report.approval, report.header);
  return { status: now.state, statusAt: now.changedAt, statusBy: now.changedBy?.name ?? null };
}

export type { StoredReport };
