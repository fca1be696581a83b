import { indicatorAskedOf, type ActivityNode, type GoalNode, type IndicatorNode, type Period } from '@vp/shared';

/**
 * What a unit reports on in a period: its own goals, the indicators asked of it then (due, and not
 * limited by the förvaltning to other units), and every activity in its tree.
 */
export interface ReportItems {
  goals: GoalNode[];
  indicators: IndicatorNode[];
  activities: ActivityNode[];
}

export function reportItems(goals: readonly GoalNode[], unitId: string, period: Period): ReportItems {
  const all = flatten(goals);
  return {
    goals: all.filter((g) => g.owner === 'unit'),
    indicators: all.flatMap((g) => askedIndicators(g, unitId, period)),
    activities: all.flatMap((g) => g.activities),
  };
}

export function askedIndicators(goal: GoalNode, unitId: string, period: Period): IndicatorNode[] {
  return goal.indicators.filter((i) => indicatorAskedOf(i, unitId, period));
}

/** Whether a goal or anything under it has something for the unit to report this period. */
export function hasReportables(goal: GoalNode, unitId: string, period: Period): boolean {
  return (
    goal.owner === 'unit' ||
    askedIndicators(goal, unitId, period).length > 0 ||
    goal.activities.length > 0 ||
    goal.children.some((c) => hasReportables(c, unitId, period))
  );
}

function flatten(goals: readonly GoalNode[]): GoalNode[] {
  return goals.flatMap((g) => [g, ...flatten(g.children)]);
}
