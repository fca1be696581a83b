import type { Caller } from '@vp/shared';

/**
 * May the caller prepare the unit's APT and change its agenda? Its rektor, and the förvaltning's
 * avdelningschef: as the API decides (403 otherwise); the page only hides what would be refused.
 */
export function leadsApt(caller: Caller | null, unit: { id: string; forvaltningId: string } | undefined): boolean {
  if (!caller || !unit) return false;
  if (caller.role === 'avdelningschef') return caller.forvaltningId === unit.forvaltningId;
  return caller.role === 'rektor' && caller.unitIds.includes(unit.id);
}
