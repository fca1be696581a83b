import { isDeepStrictEqual } from 'node:util';
import { collections, type Caller, type Collection, type Store } from '@vp/shared';
import { AppError } from './errors';
import { historyOf } from './itemHistory';
import type { ScopeRef } from './planScope';
import { ownedItem, staleError, updatePlanItem } from './updatePlanItem';

/**
 * Brings back an earlier version of a plan item as a new write: the fields a PATCH may change are
 * set to that version's values, with the same permissions, If-Match and audit entry as a PATCH.
 */
export async function restoreItemVersion(
  store: Store,
  caller: Caller,
  ref: ScopeRef,
  collection: Collection,
  itemId: string,
  versionId: string,
  ifMatch: string | null,
) {
  const { kind, update } = collections[collection];
  const { current } = await ownedItem(store, caller, ref, kind, itemId, ifMatch);
  if (current.eTag !== ifMatch) throw staleError(current);
  const history = await historyOf(store, kind, current);
  const version = history.versions.find((v) => v.id === versionId);
  if (!version) throw new AppError('NOT_FOUND', `Hittar ingen version "${versionId}" av posten`);
  if (version.item === null) {
    throw new AppError(
      'CONFLICT',
      `Version ${version.number} går inte att återställa: ändringsloggen är ofullständig för den versionen. Försök igen om en stund.`,
    );
  }
  const stored = current as unknown as Record<string, unknown>;
  const patch = Object.fromEntries(
    Object.keys(update.shape)
      .filter((field) => !isDeepStrictEqual(version.item![field], stored[field]))
      .map((field) => [field, version.item![field]]),
  );
  if (Object.keys(patch).length === 0) return current; // already this version: nothing to write
  return updatePlanItem(store, caller, ref, collection, itemId, ifMatch, patch);
}
