import { isDeepStrictEqual } from 'node:util';
import type { Indicator, Kind, Store } from '@vp/shared';
import { AppError } from './errors';

/**
 * An indicator that applies to some units only names units of its own förvaltning. Checked when an
 * indicator is created or its list changes (`before` is the stored indicator on update), so an
 * unrelated change is never refused for the list.
 */
export async function assertApplicableUnitsExist(store: Store, kind: Kind, item: object, before?: object): Promise<void> {
  if (kind !== 'indicator') return;
  const { applicableUnitIds: ids, forvaltningId } = item as Indicator;
  if (ids === null || (before && isDeepStrictEqual((before as Indicator).applicableUnitIds, ids))) return;
  const units = new Set((await store.list('unit', { forvaltningId })).map((u) => u.id));
  const fields = ids.flatMap((id, i) => (units.has(id) ? [] : [{ field: `applicableUnitIds.${i}`, message: `"${id}" är ingen enhet i förvaltningen` }]));
  if (fields.length === 0) return;
  throw new AppError('VALIDATION', `applicableUnitIds: ${fields.map((f) => f.message).join('; ')}`, { fields });
}
