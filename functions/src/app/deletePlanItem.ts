import { collections, type Caller, type Collection, type NodeKind, type Store, type Write } from '@vp/shared';
import { AppError } from './errors';
import type { ScopeRef } from './planScope';
import { actorOf, ownedItem, staleError, withPreconditionCheck } from './updatePlanItem';

interface NodeRef {
  kind: NodeKind;
  id: string;
  eTag: string;
  unitId: string | null;
}

/**
 * Deletes a plan item the scope owns, with everything under it (sub-goals, indicators, activities),
 * all or nothing: one writeMany, children before their parents and the item itself last, each with
 * the eTag read. Refuses when another owner's items hang under it, so a förvaltning edit never deletes
 * a unit's goals.
 */
export async function deletePlanItem(store: Store, caller: Caller, ref: ScopeRef, collection: Collection, itemId: string, ifMatch: string | null) {
  const { kind } = collections[collection];
  const { current } = await ownedItem(store, caller, ref, kind, itemId, ifMatch);
  if (current.eTag !== ifMatch) throw staleError(current);
  const descendants = kind === 'goal' ? await descendantsOf(store, itemId) : [];
  if (descendants.some((d) => d.unitId !== current.unitId)) {
    throw new AppError('CONFLICT', 'Det finns poster som ägs av någon annan under detta mål; de måste tas bort först');
  }
  const removes: Write[] = [...descendants.reverse(), { kind, id: itemId, eTag: ifMatch! }].map((node) => ({ op: 'remove', kind: node.kind, id: node.id, ifMatch: node.eTag }));
  await withPreconditionCheck(store, kind, itemId, () => store.writeMany(removes, actorOf(caller)));
}

/** Everything under a goal, parents before children. */
async function descendantsOf(store: Store, goalId: string): Promise<NodeRef[]> {
  const [goals, indicators, activities] = await store.listMany([
    { kind: 'goal', filter: { parentId: goalId } },
    { kind: 'indicator', filter: { parentId: goalId } },
    { kind: 'activity', filter: { parentId: goalId } },
  ] as const);
  const here: NodeRef[] = [
    ...goals.map((g) => ({ kind: 'goal' as const, id: g.id, eTag: g.eTag, unitId: g.unitId })),
    ...indicators.map((i) => ({ kind: 'indicator' as const, id: i.id, eTag: i.eTag, unitId: i.unitId })),
    ...activities.map((a) => ({ kind: 'activity' as const, id: a.id, eTag: a.eTag, unitId: a.unitId })),
  ];
  const below = await Promise.all(goals.map((g) => descendantsOf(store, g.id)));
  return [...here, ...below.flat()];
}
