import { buildGoalTree, sortSections, type PlanTree, type Store } from '@vp/shared';
import { AppError } from './errors';
import { findForvaltning, findUnit } from './organisation';

/** A unit's whole plan for a year: förvaltning spine + the unit's own nodes, read in one batch. */
export async function readUnitPlan(store: Store, unitId: string, year: number): Promise<PlanTree> {
  const unit = await findUnit(store, unitId);
  const scope = { forvaltningId: unit.forvaltningId, year };
  const [forvaltning, lists] = await Promise.all([
    findForvaltning(store, unit.forvaltningId),
    store.listMany([
      { kind: 'plan', filter: { ...scope, unitId } },
      { kind: 'section', filter: { ...scope, unitId } },
      { kind: 'goal', filter: { ...scope, unitId: null } },
      { kind: 'goal', filter: { ...scope, unitId } },
      { kind: 'indicator', filter: { ...scope, unitId: null } },
      { kind: 'indicator', filter: { ...scope, unitId } },
      { kind: 'activity', filter: { ...scope, unitId: null } },
      { kind: 'activity', filter: { ...scope, unitId } },
    ] as const),
  ]);
  const [plans, sections, spineGoals, unitGoals, spineIndicators, unitIndicators, spineActivities, unitActivities] = lists;
  const plan = plans[0] ?? null;
  if (!plan) throw new AppError('NOT_FOUND', `${unit.name} har ingen verksamhetsplan för ${year}`);
  return {
    forvaltning,
    unit,
    plan,
    year,
    sections: sortSections(sections),
    goals: buildGoalTree(
      [...spineGoals, ...unitGoals],
      [...spineIndicators, ...unitIndicators],
      [...spineActivities, ...unitActivities],
    ),
  };
}

/** The förvaltning's own spine for a year (KF levels, nämndmål, their indicators and activities). */
export async function readForvaltningPlan(store: Store, forvaltningId: string, year: number): Promise<PlanTree> {
  const forvaltning = await findForvaltning(store, forvaltningId);
  const scope = { forvaltningId, year, unitId: null };
  const [goals, indicators, activities] = await store.listMany([
    { kind: 'goal', filter: scope },
    { kind: 'indicator', filter: scope },
    { kind: 'activity', filter: scope },
  ] as const);
  if (goals.length === 0) throw new AppError('NOT_FOUND', `${forvaltning.name} har inga mål för ${year}`);
  return { forvaltning, unit: null, plan: null, year, sections: [], goals: buildGoalTree(goals, indicators, activities) };
}
