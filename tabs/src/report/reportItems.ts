import { indicatorDueIn, type ActivityNode, type GoalNode, type IndicatorNode, type Period } from '@vp/shared';

/** What a unit reports on in a period: its own goals, the indicators due, and every activity in its tree. */
export interface ReportItems {
  goals: GoalNode[];
  indicators: IndicatorNode[];
  activities: ActivityNode[];
}

export function reportItems(goals: readonly GoalNode[], period: Period): ReportItems {
  const all = flatten(goals);
  return {
    goals: all.filter((g) => g.owner === 'unit'),
    indicators: all.flatMap((g) => dueIndicators(g, period)),
    activities: all.flatMap((g) => g.activities),
  };
}

export function dueIndicators(goal: GoalNode, period: Period): IndicatorNode[] {
  return goal.indicators.filter((i) => indicatorDueIn(i.periodicity, period));
}

/** Whether a goal or anything under it has something to report this period. */
export function hasReportables(goal: GoalNode, period: Period): boolean {
  return goal.owner === 'unit' || dueIndicators(goal, period).length > 0 || goal.activities.length > 0 || goal.children.some((c) => hasReportables(c, period));
}

function flatten(goals: readonly GoalNode[]): GoalNode[] {
  return goals.flatMap((g) => [g, ...flatten(g.children)]);
}
