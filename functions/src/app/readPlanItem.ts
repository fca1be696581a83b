import type { ItemOf, NodeKind, Store, Stored } from '@vp/shared';
import { AppError } from './errors';
import type { ScopeRef } from './planScope';

/** An item of the plan the route names: a unit sees its own items and the förvaltning's; 404 otherwise. */
export async function readPlanItem<K extends NodeKind>(store: Store, ref: ScopeRef, kind: K, itemId: string): Promise<Stored<ItemOf<K>>> {
  const item = await store.get(kind, itemId);
  const inScope =
    item !== null &&
    item.year === ref.year &&
    ('unitId' in ref ? item.unitId === null || item.unitId === ref.unitId : item.forvaltningId === ref.forvaltningId);
  if (!inScope) throw new AppError('NOT_FOUND', `Hittar inget med id "${itemId}" i planen`);
  return item;
}
