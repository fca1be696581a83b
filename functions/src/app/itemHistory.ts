import { collections, type Collection, type ItemHistory, type NodeKind, type Store, type Stored } from '@vp/shared';
import { versionsOf } from './itemVersions';
import type { ScopeRef } from './planScope';
import { readPlanItem } from './readPlanItem';

/** More writes to one item than any plan sees; older entries would only drop out of the history. */
const maxEntries = 10_000;

/** The versions of a plan item the route's plan shows, newest (the current one) first. */
export async function readItemHistory(store: Store, ref: ScopeRef, collection: Collection, itemId: string): Promise<ItemHistory> {
  const { kind } = collections[collection];
  return historyOf(store, kind, await readPlanItem(store, ref, kind, itemId));
}

/** The versions of the current item, rebuilt from its audit trail. */
export async function historyOf(store: Store, kind: NodeKind, current: Stored<{ id: string }>): Promise<ItemHistory> {
  const entries = await store.listAudit({ itemId: current.id, limit: maxEntries });
  return versionsOf(current, entries.filter((e) => e.kind === kind));
}
