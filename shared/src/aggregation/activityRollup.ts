import type { Activity } from '../schemas/activity';
import type { ActivityRollup } from '../schemas/overview';
import type { ActivityReport } from '../schemas/report';
import type { UnitRows } from './reportIndex';

/**
 * One förvaltning activity across units: how many units report each status, and `missing` for units
 * with no status (no row, or a row whose status is still empty). The counts add up to the number of units.
 */
export function activityRollup(activity: Activity & { parentId: string }, unitIds: readonly string[], reports: UnitRows<ActivityReport>): ActivityRollup {
  const counts = { notStarted: 0, ongoing: 0, done: 0, cancelled: 0, missing: 0 };
  const perUnit = unitIds.map((unitId) => {
    const row = reports.get(unitId);
    const status = row?.status ?? null;
    counts[status ?? 'missing'] += 1;
    return { unitId, status, comment: row?.comment ?? '' };
  });
  return { activityId: activity.id, goalId: activity.parentId, text: activity.text, start: activity.start, end: activity.end, counts, perUnit };
}
