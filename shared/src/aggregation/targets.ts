import type { Direction, Target } from '../schemas/indicator';
import type { TargetComparison } from '../schemas/overview';

/**
 * Relative tolerance for "on target": values computed from counts are binary floating point, and a
 * value that is the target up to rounding (56.99999999999999 for 57 %) must count as meeting it.
 */
const TOLERANCE = 1e-9;

/**
 * Compares a value with a target in the indicator's direction: higherIsBetter meets at value ≥ target,
 * lowerIsBetter at value ≤ target. Null without a value, without a target, or with a textual target
 * ("Tas fram av nämnd"), since there is nothing to compare with.
 */
export function compareToTarget(value: number | null, target: Target | null | undefined, direction: Direction): TargetComparison {
  if (value === null || !target || target.type !== 'value') return null;
  const slack = TOLERANCE * Math.max(1, Math.abs(target.value));
  const meets = direction === 'higherIsBetter' ? value >= target.value - slack : value <= target.value + slack;
  return meets ? 'meets' : 'misses';
}
