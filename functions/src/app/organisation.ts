import type { Store } from '@vp/shared';
import { AppError } from './errors';

export const unitNotFound = (unitId: string) => new AppError('NOT_FOUND', `Enheten "${unitId}" finns inte`);
export const forvaltningNotFound = (forvaltningId: string) => new AppError('NOT_FOUND', `Förvaltningen "${forvaltningId}" finns inte`);

export async function findUnit(store: Store, unitId: string) {
  const unit = await store.get('unit', unitId);
  if (!unit) throw unitNotFound(unitId);
  return unit;
}

export async function findForvaltning(store: Store, forvaltningId: string) {
  const forvaltning = await store.get('forvaltning', forvaltningId);
  if (!forvaltning) throw forvaltningNotFound(forvaltningId);
  return forvaltning;
}
