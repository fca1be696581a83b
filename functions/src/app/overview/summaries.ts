import { randomUUID } from 'node:crypto';
import type { Caller, Period, Store, Summary } from '@vp/shared';
import { canEditForvaltning } from '@vp/shared';
import { assertSummaryEditable } from '../approvals/editLock';
import { AppError } from '../errors';
import { findForvaltning } from '../organisation';
import type { ReadFollowUpData } from './followUpData';
import { readOverview } from './readOverview';

export const timerActor = { id: 'timer', name: 'Automatisk tertialsammanställning' };

/**
 * Computes the overview now and keeps it as a dated summary; earlier summaries stay as they were. The
 * newest one is what the period's approval approves, so none is added while it is submitted or approved.
 */
export async function createSummary(
  store: Store,
  actor: { id: string; name: string },
  forvaltningId: string,
  year: number,
  period: Period,
  now = new Date(),
  read?: ReadFollowUpData,
) {
  await assertSummaryEditable(store, forvaltningId, year, period);
  const overview = await readOverview(store, forvaltningId, year, period, now, read);
  const summary: Summary = { id: randomUUID(), forvaltningId, year, period, createdAt: now.toISOString(), createdBy: actor.name, overview };
  return store.create('summary', summary, actor);
}

/** Only the förvaltning's avdelningschef asks for a summary on demand. */
export function assertMaySummarise(caller: Caller, forvaltningId: string): void {
  if (!canEditForvaltning(caller, forvaltningId)) throw new AppError('FORBIDDEN', 'Endast avdelningschef kan ta fram en tertialsammanställning');
}

/** The summaries of a förvaltning, newest first, without their bodies. */
export async function listSummaries(store: Store, forvaltningId: string) {
  await findForvaltning(store, forvaltningId);
  const summaries = await store.list('summary', { forvaltningId });
  return summaries
    .map(({ id, year, period, createdAt, createdBy }) => ({ id, year, period, createdAt, createdBy }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function findSummary(store: Store, forvaltningId: string, summaryId: string) {
  const summary = await store.get('summary', summaryId);
  if (!summary || summary.forvaltningId !== forvaltningId) throw new AppError('NOT_FOUND', `Sammanställningen "${summaryId}" finns inte`);
  return summary;
}
