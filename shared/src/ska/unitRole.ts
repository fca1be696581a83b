import type { SkaScope } from '../schemas/ska';

/**
 * Who scores a unit's own self-assessment: its leadership. Seed 003's förskola plan prints FL =
 * "förskolans ledningsgrupper eller liknande", its scores the means over the förskolor's
 * ledningsgrupper; so one förskola's ledningsgrupp is one FL. Other verksamheter's units: the
 * enhet's ledningsgrupp, in the same words.
 */
export function skaUnitRole(scope: SkaScope): { key: string; label: string } {
  return scope === 'forskola' ? { key: 'FL', label: 'förskolans ledningsgrupp' } : { key: 'EL', label: 'enhetens ledningsgrupp' };
}
