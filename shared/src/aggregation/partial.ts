import type { Aggregation } from '../schemas/indicator';
import { hasWhatRuleNeeds, ratioValue, type IndicatorFigures } from './indicatorValue';

/**
 * A mergeable partial aggregate: what a group of units (one unit, a department, the whole förvaltning)
 * contributes to an indicator. It keeps sums and counts, never a finished value, so groups can be
 * combined in any grouping and order and the result is still the value over all units — this is what
 * makes the förvaltning value Σnumerators / Σdenominators rather than a mean of unit percentages.
 * `units` counts contributing units; a partial with no units has no value (null), not 0.
 */
export type PartialAggregate =
  | { rule: 'ratioOfSums'; units: number; numerator: number; denominator: number }
  | { rule: 'sum'; units: number; sum: number }
  | { rule: 'weightedMean'; units: number; weightedSum: number; weight: number }
  /** A median cannot be merged from two medians: every value is kept. */
  | { rule: 'median'; units: number; values: readonly number[] }
  /** Min and max merge from the two extremes alone. */
  | { rule: 'min' | 'max'; units: number; extreme: number | null };

type PartialOf<R extends PartialAggregate['rule']> = Extract<PartialAggregate, { rule: R }>;

/** The identity of mergePartials: no unit has contributed. */
export function emptyPartial(aggregation: Aggregation): PartialAggregate {
  switch (aggregation.rule) {
    case 'ratioOfSums':
      return { rule: 'ratioOfSums', units: 0, numerator: 0, denominator: 0 };
    case 'sum':
      return { rule: 'sum', units: 0, sum: 0 };
    case 'weightedMean':
      return { rule: 'weightedMean', units: 0, weightedSum: 0, weight: 0 };
    case 'median':
      return { rule: 'median', units: 0, values: [] };
    case 'min':
    case 'max':
      return { rule: aggregation.rule, units: 0, extreme: null };
  }
}

/**
 * Adds one unit's figures. A unit without what the rule needs (see isReported) leaves the partial as it
 * is, so a unit with missing data can never move the förvaltning value.
 */
export function addUnit(partial: PartialAggregate, unit: IndicatorFigures): PartialAggregate {
  if (!hasWhatRuleNeeds(partial.rule, unit)) return partial;
  const one = singleUnit(partial.rule, unit);
  return mergePartials(partial, one);
}

/** The partial of one unit that has what the rule needs (the nulls are ruled out by hasWhatRuleNeeds). */
function singleUnit(rule: PartialAggregate['rule'], unit: IndicatorFigures): PartialAggregate {
  switch (rule) {
    case 'ratioOfSums':
      return { rule, units: 1, numerator: unit.numerator!, denominator: unit.denominator! };
    case 'sum':
      return { rule, units: 1, sum: unit.value! };
    case 'weightedMean':
      return { rule, units: 1, weightedSum: unit.value! * unit.weight!, weight: unit.weight! };
    case 'median':
      return { rule, units: 1, values: [unit.value!] };
    case 'min':
    case 'max':
      return { rule, units: 1, extreme: unit.value! };
  }
}

/** Combines two groups. Associative and commutative (up to floating-point rounding of sums); emptyPartial is the identity. */
export function mergePartials(a: PartialAggregate, b: PartialAggregate): PartialAggregate {
  if (a.rule !== b.rule) throw new Error(`Cannot merge a ${a.rule} partial with a ${b.rule} partial`);
  const units = a.units + b.units;
  switch (a.rule) {
    case 'ratioOfSums': {
      const o = b as PartialOf<'ratioOfSums'>;
      return { rule: a.rule, units, numerator: a.numerator + o.numerator, denominator: a.denominator + o.denominator };
    }
    case 'sum':
      return { rule: a.rule, units, sum: a.sum + (b as PartialOf<'sum'>).sum };
    case 'weightedMean': {
      const o = b as PartialOf<'weightedMean'>;
      return { rule: a.rule, units, weightedSum: a.weightedSum + o.weightedSum, weight: a.weight + o.weight };
    }
    case 'median':
      return { rule: a.rule, units, values: [...a.values, ...(b as PartialOf<'median'>).values] };
    case 'min':
    case 'max': {
      const x = a.extreme;
      const y = (b as PartialOf<'min' | 'max'>).extreme;
      const extreme = x === null ? y : y === null ? x : a.rule === 'min' ? Math.min(x, y) : Math.max(x, y);
      return { rule: a.rule, units, extreme };
    }
  }
}

/**
 * Merges many partials as a balanced tree: the same result as a left fold (merging is associative) but
 * O(n log n) for medians, whose value lists a fold would copy n times.
 */
export function mergeAllPartials(aggregation: Aggregation, partials: readonly PartialAggregate[]): PartialAggregate {
  if (partials.length === 0) return emptyPartial(aggregation);
  let level = [...partials];
  while (level.length > 1) {
    const next: PartialAggregate[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? mergePartials(level[i]!, level[i + 1]!) : level[i]!);
    level = next;
  }
  return mergePartials(emptyPartial(aggregation), level[0]!);
}

/**
 * The partial over many units' figures. Units without what the rule needs are dropped before merging,
 * so they do not even change the merge order: the result is bit for bit the same without them.
 */
export function partialOf(aggregation: Aggregation, units: readonly IndicatorFigures[]): PartialAggregate {
  const empty = emptyPartial(aggregation);
  const contributing = units.filter((u) => hasWhatRuleNeeds(aggregation.rule, u));
  return mergeAllPartials(aggregation, contributing.map((u) => addUnit(empty, u)));
}

/**
 * The value of the group by the rule; null when no unit contributed, and for ratioOfSums / weightedMean
 * also when the pooled denominator / weight is 0 (the ratio is undefined, not 0).
 * The median of an even number of values is the mean of the two middle ones.
 */
export function finalValue(partial: PartialAggregate, aggregation: Aggregation): number | null {
  if (partial.rule !== aggregation.rule) throw new Error(`A ${partial.rule} partial has no ${aggregation.rule} value`);
  if (partial.units === 0) return null;
  return finiteOrNull(unguardedValue(partial, aggregation));
}

function unguardedValue(partial: PartialAggregate, aggregation: Aggregation): number | null {
  switch (partial.rule) {
    case 'ratioOfSums':
      return ratioValue(partial.numerator, partial.denominator, aggregation.rule === 'ratioOfSums' ? aggregation.factor : 1);
    case 'sum':
      return partial.sum;
    case 'weightedMean':
      return partial.weight === 0 ? null : partial.weightedSum / partial.weight;
    case 'median':
      return median(partial.values);
    case 'min':
    case 'max':
      return partial.extreme;
  }
}

/**
 * Infinity and NaN are not values: JSON turns them into null without saying why, and the stored
 * summary's schema refuses them. The roll-up leaves out figures that could cause them
 * (figureProblems); this is the last guard for partials built from anything else.
 */
const finiteOrNull = (x: number | null) => (x !== null && Number.isFinite(x) ? x : null);

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  // halves first: the sum of two large values could overflow
  return sorted.length % 2 === 1 ? sorted[mid]! : sorted[mid - 1]! / 2 + sorted[mid]! / 2;
}

/** The pooled counts behind the value (Σnumerator, Σdenominator, Σweight) where the rule has them; null without units (or if not finite). */
export function pooledCounts(partial: PartialAggregate): { numerator: number | null; denominator: number | null; weight: number | null } {
  const none = { numerator: null, denominator: null, weight: null };
  if (partial.units === 0) return none;
  if (partial.rule === 'ratioOfSums') return { ...none, numerator: finiteOrNull(partial.numerator), denominator: finiteOrNull(partial.denominator) };
  if (partial.rule === 'weightedMean') return { ...none, weight: finiteOrNull(partial.weight) };
  return none;
}
