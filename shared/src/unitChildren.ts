import type { Unit } from './schemas/organisation';

/**
 * How many children a unit has: the figure its plan states for the whole unit, else the sum over its
 * preschools when each of them has a count; null when the plan gives neither.
 */
export function unitChildCount(unit: Pick<Unit, 'children' | 'preschools'>): number | null {
  if (unit.children !== undefined) return unit.children;
  const counts = unit.preschools.map((p) => p.children);
  if (counts.length === 0 || counts.some((n) => n === undefined)) return null;
  return counts.reduce<number>((sum, n) => sum + n!, 0);
}
