import { parentLevelOf, unitOwnedLevels, type GoalLevel, type Store } from '@vp/shared';
import { AppError } from './errors';
import { findParentGoal, type Scope } from './planScope';

/**
 * Units add enhetsmål (and, in a focus-area plan, verksamhetsmål and fokusområden); the förvaltning
 * owns every other level.
 */
export function assertLevelAllowed(level: GoalLevel, scope: Scope): void {
  const unitLevel = unitOwnedLevels.includes(level);
  if (scope.unitId !== null && !unitLevel) {
    throw new AppError('FORBIDDEN', 'En enhet kan bara lägga till enhetsmål; nivåerna ovanför ägs av förvaltningen');
  }
  if (scope.unitId === null && unitLevel) {
    throw new AppError('FORBIDDEN', 'Enhetsmål läggs till i enhetens plan');
  }
}

/** A node's parent must exist in the plan; a goal's parent must be on the level right above it. */
export async function assertValidParent(store: Store, scope: Scope, kind: string, parentId: string | null, level?: GoalLevel): Promise<void> {
  const wanted = kind === 'goal' ? parentLevelOf[level!] : kind === 'section' ? null : 'any';
  if (wanted === null) {
    if (parentId !== null) throw parentError('parentId: ska vara tomt på den här nivån');
    return;
  }
  if (parentId === null) throw parentError('parentId: överordnat mål saknas');
  const parent = await findParentGoal(store, scope, parentId);
  if (wanted !== 'any' && parent.level !== wanted) {
    throw parentError(`parentId: "${parent.title}" är inte på nivån ovanför`);
  }
}

function parentError(message: string): AppError {
  return new AppError('VALIDATION', message, { fields: [{ field: 'parentId', message: message.replace(/^parentId: /, '') }] });
}
