import { unitNotFound } from '../app/organisation';
import { planJson, type PlanJson, type PlanReader } from '../app/planVersion';
import { readPlanItems, spineQueries, unitQueries, type PlanRef } from '../app/readPlan';
import type { SqliteStore } from './sqliteStore';

/** Plans whose JSON is kept, the most recently read (about 70 kB each for the demo plans). */
const KEPT_PLANS = 64;

/**
 * Plan versions on SQLite from the change counters of the scopes the plan read queries (one small
 * query, no item read). Taken before the items are read: a write in between makes the tag older than
 * the plan sent, which costs the client one more 200, never a stale 304.
 *
 * As a version costs so little here, the JSON of the last plans read is kept with the version it was
 * read at, and answered again while the version stays the same: a plan is read and serialised once
 * per change, not once per request. The counters live in the file (kept by triggers), so a write by
 * another process changes the version too.
 */
export function sqlitePlanReader(store: SqliteStore): PlanReader {
  const kept = new Map<string, PlanJson>(); // insertion order = least recently read first
  const version = async (plan: PlanRef) => {
    if (!('unitId' in plan)) return store.lastChange(spineQueries(plan.forvaltningId, plan.year));
    const unit = await store.get('unit', plan.unitId);
    if (!unit) throw unitNotFound(plan.unitId);
    return store.lastChange([...unitQueries(plan.unitId, plan.year), ...spineQueries(unit.forvaltningId, plan.year)]);
  };
  return {
    version,
    read: async (plan) => {
      const key = 'unitId' in plan ? `unit ${plan.unitId} ${plan.year}` : `forvaltning ${plan.forvaltningId} ${plan.year}`;
      const current = await version(plan);
      const found = kept.get(key);
      kept.delete(key);
      const answer = found?.version === current ? found : { version: current, json: planJson(await readPlanItems(store, plan)) };
      kept.set(key, answer);
      if (kept.size > KEPT_PLANS) kept.delete(kept.keys().next().value!);
      return answer;
    },
  };
}
