import { buildGoalTree, sortSections, type PlanTree, type Stored } from '@vp/shared';
import { forvaltningData } from '../seed/demo/forvaltning';
import type { DemoData } from '../seed/demo/types';

const stored = <T extends object>(item: T): Stored<T> => ({ ...item, eTag: '"1"' });

/** A demo unit's plan 2021, as readUnitPlan assembles it from the förvaltning's spine and the unit's own items. */
export function demoPlanTree(unitData: DemoData): PlanTree {
  const slices = [forvaltningData, unitData];
  return {
    forvaltning: stored(forvaltningData.forvaltningar[0]!),
    unit: stored(unitData.units[0]!),
    plan: stored(unitData.plans[0]!),
    year: 2021,
    sections: sortSections(unitData.sections.map(stored)),
    goals: buildGoalTree(
      slices.flatMap((s) => s.goals).map(stored),
      slices.flatMap((s) => s.indicators).map(stored),
      slices.flatMap((s) => s.activities).map(stored),
    ),
  };
}
