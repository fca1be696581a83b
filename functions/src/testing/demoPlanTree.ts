import { buildGoalTree, sortSections, type PlanTree, type Stored } from '@vp/shared';
import { forvaltningData } from '../seed/demo/forvaltning';
import type { DemoData } from '../seed/demo/types';

const stored = <T extends object>(item: T): Stored<T> => ({ ...item, eTag: '"1"' });

/**
 * A demo unit's plan, as readUnitPlan assembles it from the förvaltning's spine (Hägersten-Älvsjö's
 * unless given) and the unit's own items; a slice holding both (Smedjebacken's) is its own spine.
 */
export function demoPlanTree(unitData: DemoData, spine: DemoData = forvaltningData): PlanTree {
  const slices = spine === unitData ? [unitData] : [spine, unitData];
  return {
    forvaltning: stored(spine.forvaltningar[0]!),
    unit: stored(unitData.units[0]!),
    plan: stored(unitData.plans[0]!),
    year: unitData.plans[0]!.year,
    sections: sortSections(unitData.sections.map(stored)),
    goals: buildGoalTree(
      slices.flatMap((s) => s.goals).map(stored),
      slices.flatMap((s) => s.indicators).map(stored),
      slices.flatMap((s) => s.activities).map(stored),
    ),
  };
}
