import type { Store } from '@vp/shared';
import { eTagPlanReader, type PlanReader } from '../app/planVersion';
import { sharePointPlanReader } from '../sharepoint/planVersion';
import { SharePointStore } from '../sharepoint/sharePointStore';
import { sqlitePlanReader } from '../sqlite/planVersion';
import { SqliteStore } from '../sqlite/sqliteStore';

const readers = new WeakMap<Store, PlanReader>();

/** How plans and their versions are read from a store: its own way where it has one (kept per store). */
export function planReaderFor(store: Store): PlanReader {
  let reader = readers.get(store);
  if (reader === undefined) {
    reader = store instanceof SqliteStore ? sqlitePlanReader(store) : store instanceof SharePointStore ? sharePointPlanReader(store) : eTagPlanReader(store);
    readers.set(store, reader);
  }
  return reader;
}
