import { reportState } from '../reportState';
import type { Activity } from '../schemas/activity';
import type { Approval } from '../schemas/approval';
import type { Goal } from '../schemas/goal';
import type { Indicator } from '../schemas/indicator';
import type { Forvaltning, Unit } from '../schemas/organisation';
import type { Overview, OverviewUnit } from '../schemas/overview';
import type { ActivityReport, GoalReport, IndicatorReport, Period, Report } from '../schemas/report';
import { activityRollup } from './activityRollup';
import { committeeGoalRollup } from './committeeGoalRollup';
import { indicatorRollup } from './indicatorRollup';
import { indicatorDueIn } from './periods';
import { indexByItemAndUnit, rowsOf } from './reportIndex';
import { goalsInTreeOrder, groupByParent, itemsInTreeOrder } from './treeOrder';

/** Everything the roll-up reads: one list per kind for the whole förvaltning, year and period. */
export interface OverviewInput {
  forvaltning: Forvaltning;
  year: number;
  period: Period;
  units: readonly Unit[];
  /** The förvaltning spine (unitId null) and every unit's goals for the year. */
  goals: readonly Goal[];
  indicators: readonly Indicator[];
  activities: readonly Activity[];
  reports: readonly Report[];
  /** The approvals of the period (the units' reports'; others are ignored): where each report stands. */
  approvals: readonly Approval[];
  goalReports: readonly GoalReport[];
  indicatorReports: readonly IndicatorReport[];
  activityReports: readonly ActivityReport[];
  computedAt: string;
}

const collator = new Intl.Collator('sv');

/**
 * The förvaltning's roll-up of all units for a year and period. Units are listed by name (Swedish
 * collation), and every per-unit list follows that order. Report rows are indexed once by item and
 * unit, so the work is linear in units × items. Rows of another förvaltning, year or period and rows of
 * units not in `units` are ignored, so a caller passing a broader list cannot mix periods.
 * Draft reports count: the overview shows the state of reporting now, and reportStatus says where
 * each unit's report stands in its approval.
 */
export function buildOverview(input: OverviewInput): Overview {
  const { forvaltning, year, period } = input;
  const forvaltningId = forvaltning.id;
  const inPlan = (node: { forvaltningId: string; year: number }) => node.forvaltningId === forvaltningId && node.year === year;
  const inFollowUp = (row: { forvaltningId: string; year: number; period: Period }) => inPlan(row) && row.period === period;

  const units = input.units
    .filter((u) => u.forvaltningId === forvaltningId)
    .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const unitIds = units.map((u) => u.id);
  const unitSet = new Set(unitIds);

  const headers = new Map<string, Report>();
  for (const r of input.reports) if (inFollowUp(r)) headers.set(r.unitId, r);
  const approvals = new Map<string, Approval>();
  for (const a of input.approvals) if (a.subject === 'unitReport' && a.unitId !== null && a.period !== null && inFollowUp({ ...a, period: a.period })) approvals.set(a.unitId, a);
  const overviewUnits: OverviewUnit[] = units.map((u) => ({ unitId: u.id, name: u.name, reportStatus: reportState(approvals.get(u.id), headers.get(u.id)) }));

  const goalReports = indexByItemAndUnit(input.goalReports.filter(inFollowUp), (r) => r.goalId);
  const indicatorReports = indexByItemAndUnit(input.indicatorReports.filter(inFollowUp), (r) => r.indicatorId);
  const activityReports = indexByItemAndUnit(input.activityReports.filter(inFollowUp), (r) => r.activityId);

  // The förvaltning's spine in tree order; it orders nämndmål, indicators and activities alike.
  const spine = goalsInTreeOrder(input.goals.filter((g) => g.unitId === null && inPlan(g)));
  const spineById = new Map(spine.map((g) => [g.id, g]));

  // Enhetsmål of the listed units, grouped under their nämndmål.
  const unitRank = new Map(unitIds.map((id, i) => [id, i]));
  const unitGoals = input.goals.filter(
    (g): g is Goal & { unitId: string } => g.unitId !== null && g.level === 'unitGoal' && unitSet.has(g.unitId) && inPlan(g),
  );
  const unitGoalsByParent = groupByUnitThenOrder(unitGoals, unitRank);

  const committeeGoals = spine
    .filter((g) => g.level === 'committeeGoal')
    .map((g) => {
      const parent = g.parentId !== null ? spineById.get(g.parentId) : undefined;
      const area = parent?.level === 'councilAreaGoal' ? parent : undefined;
      return committeeGoalRollup(g, area, unitGoalsByParent.get(g.id) ?? [], goalReports);
    });

  const indicators = itemsInTreeOrder(
    input.indicators.filter((i) => i.unitId === null && inPlan(i) && indicatorDueIn(i.periodicity, period)),
    spine,
  ).map((i) => indicatorRollup(i, unitIds, rowsOf(indicatorReports, i.id)));

  // An activity always hangs under a goal; one without a parent has nothing to show it under.
  const activities = itemsInTreeOrder(
    input.activities.filter((a): a is Activity & { parentId: string } => a.unitId === null && a.parentId !== null && inPlan(a)),
    spine,
  ).map((a) => activityRollup(a, unitIds, rowsOf(activityReports, a.id)));

  return {
    forvaltningId,
    forvaltningName: forvaltning.name,
    year,
    period,
    computedAt: input.computedAt,
    units: overviewUnits,
    committeeGoals,
    indicators,
    activities,
  };
}

/** Enhetsmål per nämndmål, by unit (the units' order) and then by the goal's order within the unit. */
function groupByUnitThenOrder<G extends Goal & { unitId: string }>(goals: readonly G[], unitRank: ReadonlyMap<string, number>): Map<string, G[]> {
  const byParent = groupByParent(goals);
  for (const list of byParent.values()) list.sort((a, b) => unitRank.get(a.unitId)! - unitRank.get(b.unitId)!); // stable: keeps order within a unit
  return byParent;
}
