import type { ActivityStatus, StatusCounts } from '../schemas/report';

/** Counts each status, and `missing` for each null (nothing reported yet): the counts add up to statuses.length. */
export function statusCounts(statuses: readonly (ActivityStatus | null)[]): StatusCounts {
  const counts: StatusCounts = { notStarted: 0, ongoing: 0, done: 0, cancelled: 0, missing: 0 };
  for (const status of statuses) counts[status ?? 'missing'] += 1;
  return counts;
}
