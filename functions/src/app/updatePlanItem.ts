import { collections, isStoreError, itemSchemas, type Caller, type Collection, type ItemOf, type Kind, type NodeKind, type Store, type Stored } from '@vp/shared';
import { assertApplicableUnitsExist } from './applicableUnits';
import { AppError } from './errors';
import { assertValidParent } from './goalRules';
import { assertOwnedByScope, writableScope, type Scope, type ScopeRef } from './planScope';
import { assertSectionKeyFree } from './sectionKey';
import { assertStorableSize, validate } from './validate';

/** Changes some fields of a plan item the scope owns, if nobody else changed it since ifMatch. */
export async function updatePlanItem(
  store: Store,
  caller: Caller,
  ref: ScopeRef,
  collection: Collection,
  itemId: string,
  ifMatch: string | null,
  body: unknown,
) {
  const { kind, update } = collections[collection];
  const patch = validate(update, body) as Record<string, unknown>;
  const { scope, current } = await ownedItem(store, caller, ref, kind, itemId, ifMatch);
  const { eTag: _, ...stored } = current;
  const next: ItemOf<NodeKind> = validate(itemSchemas[kind], { ...stored, ...patch });
  assertStorableSize(next);
  await assertSectionKeyFree(store, kind, next, stored);
  await assertApplicableUnitsExist(store, kind, next, stored);
  if (next.parentId !== stored.parentId) {
    await assertValidParent(store, scope, kind, next.parentId, 'level' in next ? next.level : undefined);
  }
  return withPreconditionCheck(store, kind, itemId, () => store.update(kind, next, ifMatch!, actorOf(caller)));
}

/** The stored item, after checking the caller may write it and sent If-Match. */
export async function ownedItem(store: Store, caller: Caller, ref: ScopeRef, kind: NodeKind, itemId: string, ifMatch: string | null) {
  const scope: Scope = await writableScope(store, ref, caller);
  const current: Stored<ItemOf<NodeKind>> | null = await store.get(kind, itemId);
  const notFound = `Hittar inget med id "${itemId}" i planen för ${scope.name} ${scope.year}`;
  if (!current) throw new AppError('NOT_FOUND', notFound);
  assertOwnedByScope(current, scope, notFound);
  if (!ifMatch) {
    throw new AppError('PRECONDITION_REQUIRED', 'If-Match saknas: skicka med eTag från när du läste posten, så att ingen annans ändring skrivs över');
  }
  return { scope, current };
}

/** Turns the store's stale-eTag refusal into a 412 that carries the newer version. */
export async function withPreconditionCheck<T>(store: Store, kind: Kind, itemId: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (!isStoreError(e, 'PRECONDITION_FAILED')) throw e;
    throw staleError(await store.get(kind, itemId));
  }
}

export function staleError(current: unknown): AppError {
  return new AppError(
    'PRECONDITION_FAILED',
    'Någon annan har ändrat detta sedan du öppnade det. Din ändring sparades inte; här är den nyare versionen.',
    { current },
  );
}

export const actorOf = (caller: Caller) => ({ id: caller.id, name: caller.name });
