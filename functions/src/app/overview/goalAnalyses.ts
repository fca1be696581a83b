import { createHash } from 'node:crypto';
import { canEditForvaltning, GoalAnalysisWrite, isStoreError, type Caller, type GoalAnalysis, type Period, type Store, type Stored } from '@vp/shared';
import { assertSummaryEditable } from '../approvals/editLock';
import { AppError } from '../errors';
import { findForvaltning } from '../organisation';
import { actorOf, staleError } from '../updatePlanItem';
import { validate } from '../validate';

/** One analysis per förvaltning, year, period and nämndmål; ids are at most 100 characters, longer ones hashed. */
export function goalAnalysisId(forvaltningId: string, year: number, period: Period, goalId: string): string {
  const id = `${forvaltningId}.${year}.${period}.${goalId}`;
  return id.length <= 100 ? id : `analysis.${createHash('sha256').update(id).digest('hex').slice(0, 40)}`;
}

/** The analyses written for a period, in no particular order (the tab and the export pair them with the nämndmål). */
export async function listGoalAnalyses(store: Store, forvaltningId: string, year: number, period: Period): Promise<Stored<GoalAnalysis>[]> {
  await findForvaltning(store, forvaltningId);
  return store.list('goalAnalysis', { forvaltningId, year, period });
}

/** The nämndmål of the förvaltning's plan for the year: only those carry the förvaltning's analysis. */
async function assertCommitteeGoal(store: Store, forvaltningId: string, year: number, goalId: string): Promise<void> {
  const goal = await store.get('goal', goalId);
  if (!goal || goal.forvaltningId !== forvaltningId || goal.year !== year || goal.unitId !== null) {
    throw new AppError('NOT_FOUND', `Nämndmålet "${goalId}" finns inte i förvaltningens plan för ${year}`);
  }
  if (goal.level !== 'committeeGoal') throw new AppError('VALIDATION', `"${goal.title}" är inte ett nämndmål; förvaltningens analys skrivs per nämndmål`);
}

/**
 * Writes the förvaltning's analysis of a nämndmål (the avdelningschef only). The first write creates it
 * (If-Match absent or *); later ones name the eTag they read, and a stale one gets 412 with the newer text.
 * Part of the period's summary: locked while the summary is submitted or approved.
 */
export async function saveGoalAnalysis(
  store: Store,
  caller: Caller,
  ref: { forvaltningId: string; year: number; period: Period; goalId: string },
  ifMatch: string | null,
  body: unknown,
  now = new Date(),
): Promise<Stored<GoalAnalysis>> {
  const { forvaltningId, year, period, goalId } = ref;
  if (!canEditForvaltning(caller, forvaltningId)) throw new AppError('FORBIDDEN', 'Bara förvaltningens avdelningschef skriver förvaltningens analys av nämndmålen.');
  const { analysis } = validate(GoalAnalysisWrite, body);
  await findForvaltning(store, forvaltningId);
  await assertCommitteeGoal(store, forvaltningId, year, goalId);
  await assertSummaryEditable(store, forvaltningId, year, period);
  const id = goalAnalysisId(forvaltningId, year, period, goalId);
  const item: GoalAnalysis = { id, forvaltningId, year, period, goalId, analysis, changedAt: now.toISOString(), changedBy: actorOf(caller) };
  const current = await store.get('goalAnalysis', id);
  try {
    if (!current) {
      if (ifMatch && ifMatch !== '*') throw staleError(null);
      return await store.create('goalAnalysis', item, actorOf(caller));
    }
    if (!ifMatch) throw new AppError('PRECONDITION_REQUIRED', 'If-Match saknas: skicka med analysens eTag från när du läste den, så att ingen annans text skrivs över');
    return await store.update('goalAnalysis', item, ifMatch, actorOf(caller));
  } catch (e) {
    // Lost to another write: the other first save (CONFLICT) or a newer text (PRECONDITION_FAILED).
    if (isStoreError(e, 'PRECONDITION_FAILED') || isStoreError(e, 'CONFLICT')) throw staleError(await store.get('goalAnalysis', id));
    throw e;
  }
}
