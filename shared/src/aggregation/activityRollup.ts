import type { Activity } from '../schemas/activity';
import type { ActivityRollup } from '../schemas/overview';
import type { ActivityReport } from '../schemas/report';
import type { UnitRows } from './reportIndex';
import { statusCounts } from './statusCounts';

/**
 * One förvaltning activity across units: how many units report each status, and `missing` for units
 * with no status (no row, or a row whose status is still empty). The counts add up to the number of units.
 */
export function activityRollup(activity: Activity & { parentId: string }, unitIds: readonly string[], reports: UnitRows<ActivityReport>): ActivityRollup {
  const perUnit = unitIds.map((unitId) => {
    const row = reports.get(unitId);
    return { unitId, status: row?.status ?? null, comment: row?.comment ?? '' };
  });
  const counts = statusCounts(perUnit.map((u) => u.status));
  return { activityId: activity.id, goalId: activity.parentId, text: activity.text, start: activity.start, end: activity.end, counts, perUnit };
}
