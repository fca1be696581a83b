import type { Store } from '@vp/shared';
import { AppError } from './errors';

export async function findUnit(store: Store, unitId: string) {
  const unit = await store.get('unit', unitId);
  if (!unit) throw new AppError('NOT_FOUND', `Enheten "${unitId}" finns inte`);
  return unit;
}

export async function findForvaltning(store: Store, forvaltningId: string) {
  const forvaltning = await store.get('forvaltning', forvaltningId);
  if (!forvaltning) throw new AppError('NOT_FOUND', `Förvaltningen "${forvaltningId}" finns inte`);
  return forvaltning;
}
