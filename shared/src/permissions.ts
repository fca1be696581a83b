import type { Caller } from './identity';

/**
 * May the caller write the items a unit owns (plan items, reports)? Its staff and rektor, and the
 * förvaltning's avdelningschef; a läsare never.
 */
export function canEditUnit(caller: Caller, unit: { id: string; forvaltningId: string }): boolean {
  if (caller.role === 'lasare') return false;
  if (caller.role === 'avdelningschef') return caller.forvaltningId === unit.forvaltningId;
  return caller.unitIds.includes(unit.id);
}

/** May the caller write the items a förvaltning owns (KF levels, nämndmål, their indicators and activities, summaries)? */
export function canEditForvaltning(caller: Caller, forvaltningId: string): boolean {
  return caller.role === 'avdelningschef' && caller.forvaltningId === forvaltningId;
}

/**
 * May the caller read a förvaltning's plans, reports, summaries and audit trail? The members of its
 * units' Teams and of its leadership group (their caller carries it), and every läsare.
 */
export function canRead(caller: Caller, forvaltningId: string): boolean {
  return caller.role === 'lasare' || caller.forvaltningId === forvaltningId;
}

/** May the caller prepare the unit's APT and change its agenda? Its rektor, and the förvaltning's avdelningschef. */
export function leadsApt(caller: Caller, unit: { id: string; forvaltningId: string }): boolean {
  return (caller.role === 'rektor' && caller.unitIds.includes(unit.id)) || canEditForvaltning(caller, unit.forvaltningId);
}

/**
 * May the caller change a plan for systematic quality work (its scores, analyses and areas)? The
 * förvaltning's and its verksamheter's plans (unitId null) are the förvaltning leader's — the
 * avdelningschef role, the verksamhetschef in Södertälje; a unit's plan its rektor's (förskolechef) too.
 */
export function canEditSka(caller: Caller, owner: { forvaltningId: string; unitId: string | null }): boolean {
  if (owner.unitId === null) return canEditForvaltning(caller, owner.forvaltningId);
  return leadsApt(caller, { id: owner.unitId, forvaltningId: owner.forvaltningId });
}
