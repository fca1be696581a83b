import { buildOverview, type Overview, type Period, type Store } from '@vp/shared';
import { findForvaltning } from '../organisation';
import { readFollowUpData, type ReadFollowUpData } from './followUpData';

/** The förvaltning's roll-up for a year and period. */
export async function readOverview(
  store: Store,
  forvaltningId: string,
  year: number,
  period: Period,
  now = new Date(),
  read: ReadFollowUpData = readFollowUpData(store),
): Promise<Overview> {
  const [forvaltning, data] = await Promise.all([findForvaltning(store, forvaltningId), read(forvaltningId, year, period)]);
  return buildOverview({ forvaltning, year, period, ...data, computedAt: now.toISOString() });
}
