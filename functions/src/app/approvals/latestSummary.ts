import type { Period, Store, Stored, Summary } from '@vp/shared';

/** The summary an approval of the förvaltning's summary is about: the latest stored for the year and period; null when none is. */
export async function latestSummary(store: Store, forvaltningId: string, year: number, period: Period): Promise<Stored<Summary> | null> {
  const summaries = await store.list('summary', { forvaltningId, year, period });
  return summaries.reduce<Stored<Summary> | null>((latest, s) => (latest === null || s.createdAt > latest.createdAt ? s : latest), null);
}
