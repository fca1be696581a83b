import {
  buildGoalTree,
  planInForce,
  sortSections,
  type Activity,
  type Forvaltning,
  type Goal,
  type Indicator,
  type Plan,
  type PlanSection,
  type PlanTree,
  type Store,
  type Stored,
  type Unit,
} from '@vp/shared';
import { AppError } from './errors';
import { forvaltningNotFound, unitNotFound } from './organisation';

/*
 * A plan is read in at most two rounds of listMany (over SharePoint: two $batch requests, one after
 * the other). The first needs only the unit's id: the unit itself and everything it owns for the year.
 * The unit names its förvaltning, so the second reads the förvaltning and the spine it gives its units.
 * A förvaltning's own plan needs only the second. planVersion reads the same queries for the ETag.
 */

/** What a unit plan read needs that is keyed by the unit's id alone. */
export function unitQueries(unitId: string, year: number) {
  const own = { unitId, year };
  return [
    { kind: 'unit', filter: { id: unitId } },
    { kind: 'plan', filter: own },
    { kind: 'section', filter: own },
    { kind: 'goal', filter: own },
    { kind: 'indicator', filter: own },
    { kind: 'activity', filter: own },
  ] as const;
}

/** The förvaltning and its spine for a year (KF levels, nämndmål, their indicators and activities). */
export function spineQueries(forvaltningId: string, year: number) {
  const spine = { forvaltningId, year, unitId: null };
  return [
    { kind: 'forvaltning', filter: { id: forvaltningId } },
    { kind: 'goal', filter: spine },
    { kind: 'indicator', filter: spine },
    { kind: 'activity', filter: spine },
  ] as const;
}

/** The items of a plan as read, before they become a tree; every list holds what its query matched. */
export interface PlanItems {
  forvaltning: Stored<Forvaltning>;
  unit: Stored<Unit> | null;
  plan: Stored<Plan> | null;
  year: number;
  sections: Stored<PlanSection>[];
  goals: Stored<Goal>[];
  indicators: Stored<Indicator>[];
  activities: Stored<Activity>[];
}

export interface PlanReadOptions {
  /**
   * A year without a plan of its own reads the plan for several years in force then (its tree says its
   * first year): what a follow-up of that year is written against. Plan routes and edits name the first year.
   */
  inForce?: boolean;
}

/** Which plan: a unit's for a year, or the förvaltning's own for a year. */
export type PlanRef = { unitId: string; year: number } | { forvaltningId: string; year: number };

export function readPlanItems(store: Store, plan: PlanRef): Promise<PlanItems> {
  return 'unitId' in plan ? readUnitPlanItems(store, plan.unitId, plan.year) : readForvaltningPlanItems(store, plan.forvaltningId, plan.year);
}

/** A unit's plan for a year: its own items, then the förvaltning's spine. */
export async function readUnitPlanItems(store: Store, unitId: string, year: number, options: PlanReadOptions = {}): Promise<PlanItems> {
  const [[unit], [plan], sections, goals, indicators, activities] = await store.listMany(unitQueries(unitId, year));
  if (!unit) throw unitNotFound(unitId);
  if (!plan) {
    // Only when the year has no plan of its own: one more read, for the unit's plans.
    const inForce = options.inForce ? planInForce(await store.list('plan', { unitId }), year) : null;
    if (inForce) return readUnitPlanItems(store, unitId, inForce.year);
    throw new AppError('NOT_FOUND', `${unit.name} har ingen verksamhetsplan för ${year}`);
  }
  const [[forvaltning], spineGoals, spineIndicators, spineActivities] = await store.listMany(spineQueries(unit.forvaltningId, year));
  if (!forvaltning) throw forvaltningNotFound(unit.forvaltningId);
  return {
    forvaltning,
    unit,
    plan,
    year,
    sections,
    goals: [...spineGoals, ...goals],
    indicators: [...spineIndicators, ...indicators],
    activities: [...spineActivities, ...activities],
  };
}

/** The förvaltning's own spine for a year. */
export async function readForvaltningPlanItems(store: Store, forvaltningId: string, year: number): Promise<PlanItems> {
  const [[forvaltning], goals, indicators, activities] = await store.listMany(spineQueries(forvaltningId, year));
  if (!forvaltning) throw forvaltningNotFound(forvaltningId);
  if (goals.length === 0) throw new AppError('NOT_FOUND', `${forvaltning.name} har inga mål för ${year}`);
  return { forvaltning, unit: null, plan: null, year, sections: [], goals, indicators, activities };
}

/** The tree the API answers: goals with their indicators, activities and sub-goals; sections in order. */
export function planTree(items: PlanItems): PlanTree {
  const { forvaltning, unit, plan, year } = items;
  return { forvaltning, unit, plan, year, sections: sortSections(items.sections), goals: buildGoalTree(items.goals, items.indicators, items.activities) };
}

/** A unit's whole plan for a year: förvaltning spine + the unit's own nodes. */
export async function readUnitPlan(store: Store, unitId: string, year: number, options: PlanReadOptions = {}): Promise<PlanTree> {
  return planTree(await readUnitPlanItems(store, unitId, year, options));
}

/** The förvaltning's own spine for a year (KF levels, nämndmål, their indicators and activities). */
export async function readForvaltningPlan(store: Store, forvaltningId: string, year: number): Promise<PlanTree> {
  return planTree(await readForvaltningPlanItems(store, forvaltningId, year));
}
