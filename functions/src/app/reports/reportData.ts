import type { ActivityReport, Approval, GoalReport, IndicatorReport, Period, PlanTree, Report, Store, Stored } from '@vp/shared';
import { approvalId } from '../approvals/approvalId';

/** A unit's stored report for one period: the header, its entries and its approval (null: none yet). */
export interface StoredReport {
  header: Stored<Report> | null;
  approval: Stored<Approval> | null;
  goals: Stored<GoalReport>[];
  indicators: Stored<IndicatorReport>[];
  activities: Stored<ActivityReport>[];
}

/** Reads a unit's report for a period in one batch. */
export async function readStoredReport(store: Store, unitId: string, year: number, period: Period): Promise<StoredReport> {
  const filter = { unitId, year, period };
  const [headers, goals, indicators, activities, approvals] = await store.listMany([
    { kind: 'report', filter },
    { kind: 'goalReport', filter },
    { kind: 'indicatorReport', filter },
    { kind: 'activityReport', filter },
    { kind: 'approval', filter: { id: approvalId({ kind: 'unitReport', unitId, year, period }) } },
  ] as const);
  return { header: headers[0] ?? null, approval: approvals[0] ?? null, goals, indicators, activities };
}

/** What a unit reports on in a plan: its own goals, and every indicator and activity in its tree. */
export function reportables(tree: PlanTree) {
  const goals = [] as PlanTree['goals'];
  const walk = (nodes: PlanTree['goals']) =>
    nodes.forEach((goal) => {
      goals.push(goal);
      walk(goal.children);
    });
  walk(tree.goals);
  return {
    goals: goals.filter((g) => g.owner === 'unit'),
    indicators: goals.flatMap((g) => g.indicators),
    activities: goals.flatMap((g) => g.activities),
  };
}
