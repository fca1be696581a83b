import { skaScopeLabels, type Forvaltning, type ForvaltningPlans, type SkaPlanRef, type Stored, type Unit } from '@vp/shared';
import type { Strings } from '../i18n/strings';
import { competenceHash, planHash, skaHash, unitPlansHash } from '../routing';

/** One plan the plan picker offers: where it opens and what it is called. */
export interface PlanChoice {
  hash: string;
  label: string;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv');

/** The förvaltning's name as the organisation picker shows it: with its municipality when the name does not say it. */
export function organisationLabel(forvaltning: Pick<Forvaltning, 'name' | 'municipality'>): string {
  return forvaltning.name.includes(forvaltning.municipality) ? forvaltning.name : `${forvaltning.name}, ${forvaltning.municipality}`;
}

/** The units of one förvaltning, by name: what the unit picker offers once an organisation is chosen. */
export function unitsOf(units: readonly Stored<Unit>[], forvaltningId: string | undefined): Stored<Unit>[] {
  return units.filter((u) => u.forvaltningId === forvaltningId).sort(byName);
}

/**
 * The förvaltning's plans as the plan picker offers them: each unit's verksamhetsplaner (units by name,
 * newest first), then the förvaltning's own plans by kind, newest first: competence supply, systematic
 * quality work (per läsår and scope, as the API lists them).
 */
export function planChoices(plans: ForvaltningPlans, ska: readonly SkaPlanRef[], units: readonly Stored<Unit>[], forvaltningId: string, t: Strings): PlanChoice[] {
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const unitPlans = plans.unitPlans
    .map((p) => ({ p, unit: unitName.get(p.unitId) ?? p.unitId }))
    .sort((a, b) => a.unit.localeCompare(b.unit, 'sv') || b.p.year - a.p.year)
    .map(({ p, unit }) => ({ hash: planHash(p.unitId, p.year), label: t.unitPlanChoice(unit, p.title) }));
  const competence = plans.competenceYears.map((year) => ({ hash: competenceHash(forvaltningId, year), label: t.competencePlanChoice(year) }));
  const quality = ska.map((p) => ({ hash: skaHash(forvaltningId, p.year, p.scope), label: t.ska.planChoice(skaScopeLabels[p.scope], p.year) }));
  return [...unitPlans, ...competence, ...quality];
}

/** Where choosing an organisation leads when its plans cannot be read: its first unit's newest plan, or its competence-supply plan when it has no units. */
export function organisationStart(forvaltningId: string, units: readonly Stored<Unit>[]): string {
  const first = unitsOf(units, forvaltningId)[0];
  return first ? unitPlansHash(first.id) : competenceHash(forvaltningId);
}
