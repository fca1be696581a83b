import { randomUUID } from 'node:crypto';
import {
  canEditForvaltning,
  competenceDue,
  CompetenceRow,
  CompetenceRowCreate,
  CompetenceRowUpdate,
  isStoreError,
  type Caller,
  type Store,
  type Stored,
  type Write,
} from '@vp/shared';
import { AppError } from '../errors';
import { findForvaltning, findUnit, forvaltningNotFound } from '../organisation';
import { actorOf, staleError } from '../updatePlanItem';
import { requireIfMatch } from '../requireIfMatch';
import { assertStorableSize, validate } from '../validate';

export const cannotEdit = 'Bara förvaltningens avdelningschef ändrar kompetensförsörjningsplanen.';

/** Avdelning by avdelning (in the order of each one's first row), then by order. */
export function inAvdelningOrder(rows: readonly Stored<CompetenceRow>[]): Stored<CompetenceRow>[] {
  const byOrder = [...rows].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const avdelningar = [...new Set(byOrder.map((r) => r.avdelning))];
  return avdelningar.flatMap((a) => byOrder.filter((r) => r.avdelning === a));
}

/** The rows of a förvaltning's competence-supply plan for a year, in avdelning order. */
export async function listCompetenceRows(store: Store, forvaltningId: string, year: number): Promise<Stored<CompetenceRow>[]> {
  const [[forvaltning], rows] = await store.listMany([
    { kind: 'forvaltning', filter: { id: forvaltningId } },
    { kind: 'competenceRow', filter: { forvaltningId, year } },
  ] as const);
  if (!forvaltning) throw forvaltningNotFound(forvaltningId);
  return inAvdelningOrder(rows);
}

/** The förvaltning's rows of a year that serve a goal of the unit's plan (one the unit owns, or the förvaltning's), in avdelning order. */
export async function listUnitCompetenceRows(store: Store, unitId: string, year: number): Promise<Stored<CompetenceRow>[]> {
  const unit = await findUnit(store, unitId);
  const [goals, rows] = await store.listMany([
    { kind: 'goal', filter: { forvaltningId: unit.forvaltningId, year } },
    { kind: 'competenceRow', filter: { forvaltningId: unit.forvaltningId, year } },
  ] as const);
  const inPlan = new Set(goals.filter((g) => g.unitId === null || g.unitId === unitId).map((g) => g.id));
  return inAvdelningOrder(rows.filter((r) => r.linkedGoalIds.some((id) => inPlan.has(id))));
}

async function assertLinkedGoals(store: Store, forvaltningId: string, year: number, goalIds: readonly string[]): Promise<void> {
  for (const goalId of new Set(goalIds)) {
    const goal = await store.get('goal', goalId);
    if (!goal || goal.forvaltningId !== forvaltningId || goal.year !== year) {
      throw new AppError('VALIDATION', `Målet "${goalId}" finns inte i förvaltningens verksamhetsplan ${year}`, { fields: [{ field: 'linkedGoalIds', message: 'Välj mål ur samma förvaltnings plan samma år' }] });
    }
  }
}

/** Adds a row (avdelningschef of the förvaltning); order defaults to after the avdelning's last row. */
export async function createCompetenceRow(store: Store, caller: Caller, forvaltningId: string, year: number, body: unknown): Promise<Stored<CompetenceRow>> {
  const request = validate(CompetenceRowCreate, body);
  await findForvaltning(store, forvaltningId);
  if (!canEditForvaltning(caller, forvaltningId)) throw new AppError('FORBIDDEN', cannotEdit);
  await assertLinkedGoals(store, forvaltningId, year, request.linkedGoalIds);
  const existing = await store.list('competenceRow', { forvaltningId, year });
  const sameAvdelning = existing.filter((r) => r.avdelning === request.avdelning);
  const last = Math.max(-1, ...(sameAvdelning.length > 0 ? sameAvdelning : existing).map((r) => r.order));
  const { targetDate, order, ...fields } = request;
  const row = validate(CompetenceRow, {
    id: randomUUID(),
    forvaltningId,
    unitId: null,
    year,
    parentId: null,
    order: order ?? (sameAvdelning.length > 0 ? last + 1 : last + 1_000),
    ...fields,
    targetDate: { text: targetDate.text, due: competenceDue(targetDate.text) },
  });
  assertStorableSize(row);
  return store.create('competenceRow', row, actorOf(caller));
}

async function findRow(store: Store, forvaltningId: string, year: number, rowId: string): Promise<Stored<CompetenceRow>> {
  const row = await store.get('competenceRow', rowId);
  if (!row || row.forvaltningId !== forvaltningId || row.year !== year) throw new AppError('NOT_FOUND', `Raden "${rowId}" finns inte i kompetensförsörjningsplanen ${year}`);
  return row;
}

/** Changes exactly the fields the body names, if nobody changed the row since ifMatch; Måldatum's due date follows its text. */
export async function updateCompetenceRow(
  store: Store,
  caller: Caller,
  forvaltningId: string,
  year: number,
  rowId: string,
  ifMatch: string | null,
  body: unknown,
): Promise<Stored<CompetenceRow>> {
  const patch = validate(CompetenceRowUpdate, body);
  await findForvaltning(store, forvaltningId);
  if (!canEditForvaltning(caller, forvaltningId)) throw new AppError('FORBIDDEN', cannotEdit);
  const current = await findRow(store, forvaltningId, year, rowId);
  const eTag = requireIfMatch(ifMatch, 'raden');
  if (patch.linkedGoalIds) await assertLinkedGoals(store, forvaltningId, year, patch.linkedGoalIds);
  const { eTag: _, ...stored } = current;
  const { targetDate, ...fields } = patch;
  const next = validate(CompetenceRow, {
    ...stored,
    ...fields,
    ...(targetDate ? { targetDate: { text: targetDate.text, due: competenceDue(targetDate.text) } } : {}),
  });
  assertStorableSize(next);
  try {
    return await store.update('competenceRow', next, eTag, actorOf(caller));
  } catch (e) {
    if (isStoreError(e, 'PRECONDITION_FAILED')) throw staleError(await store.get('competenceRow', rowId));
    throw e;
  }
}

/** Removes a row and its follow-ups (with If-Match); a stale one is answered 412 with the row as it is now. */
export async function removeCompetenceRow(store: Store, caller: Caller, forvaltningId: string, year: number, rowId: string, ifMatch: string | null): Promise<void> {
  await findForvaltning(store, forvaltningId);
  if (!canEditForvaltning(caller, forvaltningId)) throw new AppError('FORBIDDEN', cannotEdit);
  await findRow(store, forvaltningId, year, rowId);
  if (!ifMatch) throw new AppError('PRECONDITION_REQUIRED', 'If-Match saknas: skicka med radens eTag från när du läste den');
  // Its follow-ups go with it, in the same writeMany: no follow-up is left of a row that is gone.
  const followUps = (await store.list('competenceReport', { forvaltningId, year })).filter((r) => r.rowId === rowId);
  const writes: Write[] = [...followUps.map((r): Write => ({ op: 'remove', kind: 'competenceReport', id: r.id, ifMatch: r.eTag })), { op: 'remove', kind: 'competenceRow', id: rowId, ifMatch }];
  try {
    await store.writeMany(writes, actorOf(caller));
  } catch (e) {
    if (isStoreError(e, 'PRECONDITION_FAILED')) throw staleError(await store.get('competenceRow', rowId));
    throw e;
  }
}
