import type { Caller } from './identity';

/** May the caller write the items a unit owns? Its staff and rektor, and the förvaltning's avdelningschef. */
export function canEditUnit(caller: Caller, unit: { id: string; forvaltningId: string }): boolean {
  if (caller.role === 'avdelningschef') return caller.forvaltningId === unit.forvaltningId;
  return caller.unitId === unit.id;
}

/** May the caller write the items a förvaltning owns (KF levels, nämndmål, their indicators and activities)? */
export function canEditForvaltning(caller: Caller, forvaltningId: string): boolean {
  return caller.role === 'avdelningschef' && caller.forvaltningId === forvaltningId;
}
