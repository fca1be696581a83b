import { unitNotFound } from '../app/organisation';
import { planJson, type PlanReader } from '../app/planVersion';
import { readPlanItems, spineQueries, unitQueries, type PlanRef } from '../app/readPlan';
import type { SqliteStore } from './sqliteStore';

/** Plans whose version and JSON are kept, the most recently read (about 70 kB each for the demo plans). */
const KEPT_PLANS = 64;

interface Kept {
  /** The file's write count when the version was last found current. */
  written: number;
  version: string;
  /** The plan as read at (or after) that version; absent until it is read. */
  json?: Buffer;
}

/**
 * Plan versions on SQLite from the change counters of the scopes the plan read queries (no item
 * read). Taken before the items are read: a write in between makes the tag older than the plan sent,
 * which costs the client one more 200, never a stale 304.
 *
 * As versions cost so little here, the version and JSON of the last plans read are kept, and answered
 * again while the file's write count (or, after writes elsewhere, the plan's version) stays the same:
 * a plan is read and serialised once per change, not once per request. The counters live in the file
 * (kept by triggers), so writes by another process count too.
 */
export function sqlitePlanReader(store: SqliteStore): PlanReader {
  const kept = new Map<string, Kept>(); // insertion order = least recently used first
  const keyOf = (plan: PlanRef) => ('unitId' in plan ? `unit ${plan.unitId} ${plan.year}` : `forvaltning ${plan.forvaltningId} ${plan.year}`);

  const currentVersion = async (plan: PlanRef) => {
    if (!('unitId' in plan)) return store.lastChange(spineQueries(plan.forvaltningId, plan.year));
    const unit = await store.get('unit', plan.unitId);
    if (!unit) throw unitNotFound(plan.unitId);
    return store.lastChange([...unitQueries(plan.unitId, plan.year), ...spineQueries(unit.forvaltningId, plan.year)]);
  };

  /** The plan's kept entry, brought up to date: same write count → as it was; else its version again. */
  const entry = async (plan: PlanRef): Promise<Kept> => {
    const key = keyOf(plan);
    const written = store.writeCount();
    const found = kept.get(key);
    kept.delete(key);
    let current: Kept;
    if (found !== undefined && found.written === written) current = found;
    else {
      const version = await currentVersion(plan);
      current = found?.version === version ? { ...found, written } : { written, version };
    }
    kept.set(key, current);
    if (kept.size > KEPT_PLANS) kept.delete(kept.keys().next().value!);
    return current;
  };

  return {
    version: async (plan) => (await entry(plan)).version,
    read: async (plan) => {
      const current = await entry(plan);
      current.json ??= planJson(await readPlanItems(store, plan));
      return { version: current.version, json: current.json };
    },
  };
}
