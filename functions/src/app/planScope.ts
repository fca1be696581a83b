import { canEditForvaltning, canEditUnit, type Caller, type Goal, type Store, type Stored } from '@vp/shared';
import { assertPlanEditable } from './approvals/editLock';
import { AppError } from './errors';
import { findForvaltning, findUnit } from './organisation';

/** Whose plan items a request addresses: a unit's (through /units/…) or the förvaltning's own. */
export type ScopeRef = { unitId: string; year: number } | { forvaltningId: string; year: number };

export interface Scope {
  forvaltningId: string;
  /** null when the förvaltning itself is the owner */
  unitId: string | null;
  year: number;
  /** "Hägerstensåsens förskolor" or "Hägersten-Älvsjö stadsdelsförvaltning", for messages */
  name: string;
}

/** Resolves the scope and checks that the caller may write in it; a unit's plan only while its approval lets it be changed. */
export async function writableScope(store: Store, ref: ScopeRef, caller: Caller): Promise<Scope> {
  if ('unitId' in ref) {
    const unit = await findUnit(store, ref.unitId);
    if (!canEditUnit(caller, unit)) throw new AppError('FORBIDDEN', `Du kan inte ändra i planen för ${unit.name}`);
    await assertPlanEditable(store, unit.id, ref.year);
    return { forvaltningId: unit.forvaltningId, unitId: unit.id, year: ref.year, name: unit.name };
  }
  const forvaltning = await findForvaltning(store, ref.forvaltningId);
  if (!canEditForvaltning(caller, forvaltning.id)) {
    throw new AppError('FORBIDDEN', `Endast avdelningschef kan ändra förvaltningens mål för ${forvaltning.name}`);
  }
  return { forvaltningId: forvaltning.id, unitId: null, year: ref.year, name: forvaltning.name };
}

/** An item the scope may write; förvaltning items seen through a unit are read-only (403). */
export function assertOwnedByScope(item: { forvaltningId: string; unitId: string | null; year: number }, scope: Scope, notFound: string): void {
  if (item.forvaltningId !== scope.forvaltningId || item.year !== scope.year) throw new AppError('NOT_FOUND', notFound);
  if (item.unitId === scope.unitId) return;
  if (item.unitId === null) {
    throw new AppError('FORBIDDEN', 'Det här ägs av förvaltningen och är skrivskyddat i enhetens plan');
  }
  if (scope.unitId === null) throw new AppError('FORBIDDEN', 'Det här ägs av en enhet och ändras i enhetens plan');
  throw new AppError('NOT_FOUND', notFound);
}

/** The goal a new or moved node hangs under: it must exist in the same plan and be visible to the scope. */
export async function findParentGoal(store: Store, scope: Scope, parentId: string): Promise<Stored<Goal>> {
  const parent = await store.get('goal', parentId);
  const visible =
    parent !== null &&
    parent.forvaltningId === scope.forvaltningId &&
    parent.year === scope.year &&
    (parent.unitId === null || parent.unitId === scope.unitId);
  if (!visible) {
    throw new AppError('VALIDATION', `parentId: överordnat mål "${parentId}" finns inte i planen`, {
      fields: [{ field: 'parentId', message: `Överordnat mål "${parentId}" finns inte i planen` }],
    });
  }
  return parent;
}
