import { createHash } from 'node:crypto';
import type { Store } from '@vp/shared';
import { planTree, readPlanItems, type PlanItems, type PlanRef } from './readPlan';

/**
 * A plan's version: the ETag of a whole-plan read. It changes whenever any item the read returns
 * changes, appears or goes, so a client holding the current one can be answered 304 without the plan.
 * Each store tells it its own way (store/planReader chooses): SQLite from change counters, SharePoint
 * from the items' eTags.
 */
export interface PlanReader {
  /** The plan's version as it is now, read without the plan's content where the store can (If-None-Match). */
  version(plan: PlanRef): Promise<string>;
  /**
   * The plan tree as the JSON the API answers, and its version; the version is never newer than the
   * plan, so a tag never names an older plan.
   */
  read(plan: PlanRef): Promise<PlanJson>;
}

export interface PlanJson {
  json: Buffer;
  version: string;
}

/** The plan tree of the items as UTF-8 JSON, encoded once (the host sends the bytes as they are). */
export function planJson(items: PlanItems): Buffer {
  return Buffer.from(JSON.stringify(planTree(items)));
}

/** Every item of a plan read, the förvaltning and unit included. */
export function planItemList(items: PlanItems): { eTag: string }[] {
  const { forvaltning, unit, plan, sections, goals, indicators, activities } = items;
  return [forvaltning, ...(unit ? [unit] : []), ...(plan ? [plan] : []), ...sections, ...goals, ...indicators, ...activities];
}

/**
 * A version from the eTags of every item a read matched, in any order: for stores whose eTags are
 * never reused for another state of another item (SharePoint's hold the list item's GUID and version).
 */
export function versionOfETags(eTags: readonly string[]): string {
  return createHash('sha256').update([...eTags].sort().join('\n')).digest('base64url').slice(0, 24);
}

/** For any store: the version is the hash of the eTags the read returned (so `version` reads the plan). */
export function eTagPlanReader(store: Store): PlanReader {
  const read = async (plan: PlanRef) => {
    const items = await readPlanItems(store, plan);
    return { json: planJson(items), version: versionOfETags(planItemList(items).map((item) => item.eTag)) };
  };
  return { read, version: async (plan) => (await read(plan)).version };
}
