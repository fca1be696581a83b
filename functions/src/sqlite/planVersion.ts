import { readPlanItems, spineQueries, unitQueries, type PlanRef } from '../app/readPlan';
import { unitNotFound } from '../app/organisation';
import type { PlanReader } from '../app/planVersion';
import type { SqliteStore } from './sqliteStore';

/**
 * Plan versions on SQLite from the change counters of the scopes the plan read queries (one small
 * query, no item read). Taken before the items are read: a write in between makes the tag older than
 * the plan sent, which costs the client one more 200, never a stale 304.
 */
export function sqlitePlanReader(store: SqliteStore): PlanReader {
  const version = async (plan: PlanRef) => {
    if (!('unitId' in plan)) return store.lastChange(spineQueries(plan.forvaltningId, plan.year));
    const unit = await store.get('unit', plan.unitId);
    if (!unit) throw unitNotFound(plan.unitId);
    return store.lastChange([...unitQueries(plan.unitId, plan.year), ...spineQueries(unit.forvaltningId, plan.year)]);
  };
  return {
    version,
    read: async (plan) => {
      const current = await version(plan);
      return { version: current, items: await readPlanItems(store, plan) };
    },
  };
}
