import type { Query } from '@vp/shared';
import { unitNotFound } from '../app/organisation';
import { eTagPlanReader, versionOfETags, type PlanReader } from '../app/planVersion';
import { spineQueries, unitQueries } from '../app/readPlan';
import type { SharePointStore } from './sharePointStore';

/**
 * Plan versions over SharePoint: the hash of the eTags of every list item the plan read matches. A
 * full read hashes the eTags it read; `version` reads only the eTags (and the unit's förvaltning), in
 * the same two $batch rounds as a read but without the payloads. Lists can be edited by hand in
 * SharePoint, and every such edit changes the item's eTag too.
 */
export function sharePointPlanReader(store: SharePointStore): PlanReader {
  const eTags = async (queries: readonly Query[]) => (await store.listKeys(queries)).flat();
  return {
    read: eTagPlanReader(store).read,
    async version(plan) {
      if (!('unitId' in plan)) {
        const spine = await eTags(spineQueries(plan.forvaltningId, plan.year));
        return versionOfETags(spine.map((key) => key.eTag));
      }
      const own = await store.listKeys(unitQueries(plan.unitId, plan.year));
      const unit = own[0]![0];
      if (!unit) throw unitNotFound(plan.unitId);
      const spine = await eTags(spineQueries(String(unit.indexed.forvaltningId), plan.year));
      return versionOfETags([...own.flat(), ...spine].map((key) => key.eTag));
    },
  };
}
