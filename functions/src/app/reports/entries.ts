import type { ActivityEntry, GoalEntry, IndicatorEntry } from '@vp/shared';
import type { StoredReport } from './reportData';

/** The API's view of stored report items: entries without ids, scope or eTags. */
export function toEntries(report: StoredReport): { goals: GoalEntry[]; indicators: IndicatorEntry[]; activities: ActivityEntry[] } {
  return {
    goals: report.goals.map(({ goalId, assessment, analysis }) => ({ goalId, assessment, analysis })),
    indicators: report.indicators.map(({ indicatorId, value, numerator, denominator, weight, comment }) => ({ indicatorId, value, numerator, denominator, weight, comment })),
    activities: report.activities.map(({ activityId, status, comment }) => ({ activityId, status, comment })),
  };
}
