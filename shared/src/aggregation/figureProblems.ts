import { maxFigure, outOfRangeMessage } from '../schemas/figures';
import type { Indicator } from '../schemas/indicator';
import { ratioValue, type IndicatorFigures } from './indicatorValue';

type Rules = Pick<Indicator, 'aggregation' | 'measureUnit'>;

export interface FigureProblem {
  field: 'value' | 'numerator' | 'denominator' | 'weight';
  message: string;
}

/**
 * A figure as a reader of the roll-up knows it: by the indicator's own names for its counts
 * ("Täljare (nöjda svarande)"), not by the field's name in the API.
 */
export function figureName(rule: Indicator['aggregation'], field: FigureProblem['field']): string {
  if (field === 'value') return 'Värde';
  if (rule.rule === 'ratioOfSums' && field !== 'weight') return field === 'numerator' ? `Täljare (${rule.numerator})` : `Nämnare (${rule.denominator})`;
  if (rule.rule === 'weightedMean' && field === 'weight') return `Vikt (${rule.weight})`;
  return field;
}

/** A share: per cent of a whole, so never negative. */
export const isShare = (indicator: Pick<Indicator, 'measureUnit'>) => indicator.measureUnit.trim() === '%';

const inRange = (x: number) => Number.isFinite(x) && Math.abs(x) <= maxFigure;

function valueProblem(x: number | null, share: boolean): string | null {
  if (x === null) return null;
  if (typeof x !== 'number' || !inRange(x)) return outOfRangeMessage;
  if (share && x < 0) return 'En andel kan inte vara negativ';
  return null;
}

function countProblem(x: number | null): string | null {
  if (x === null) return null;
  if (typeof x !== 'number' || !inRange(x)) return outOfRangeMessage;
  return x < 0 ? 'Kan inte vara negativt' : null;
}

/**
 * Why a unit's figures cannot be used for its indicator; empty when they can. Checks only what the
 * rule reads: the counts and the value they give for ratioOfSums, value (and weight) for the others.
 * The API refuses an entry with problems before writing; the roll-up leaves out stored figures with
 * problems (edited by hand, or saved before these bounds), so no sum or ratio becomes Infinity or NaN.
 */
export function figureProblems(indicator: Rules, figures: IndicatorFigures): FigureProblem[] {
  const rule = indicator.aggregation;
  const problems: FigureProblem[] = [];
  const add = (field: FigureProblem['field'], message: string | null) => void (message !== null && problems.push({ field, message }));
  if (rule.rule === 'ratioOfSums') {
    add('numerator', countProblem(figures.numerator));
    add('denominator', countProblem(figures.denominator));
    if (problems.length === 0 && figures.numerator !== null && figures.denominator !== null) {
      const value = ratioValue(figures.numerator, figures.denominator, rule.factor);
      if (value !== null && !inRange(value)) add('denominator', `${outOfRangeMessage} (${rule.numerator} / ${rule.denominator} × ${rule.factor})`);
    }
    return problems;
  }
  add('value', valueProblem(figures.value, isShare(indicator)));
  if (rule.rule === 'weightedMean') add('weight', countProblem(figures.weight));
  return problems;
}

/**
 * Figures that are accepted but deserve a second look. Shown, never refused: a unit may know better,
 * and the roll-up pools the counts as reported.
 * - a share above 100 % of its factor (more licensed teachers than staff, more satisfied respondents
 *   than respondents);
 * - a count of 0 that the value rests on: a ratio over 0 (0 groups) has no value, a weighted value of
 *   weight 0 does not count in the förvaltning's value.
 */
export function figureWarnings(indicator: Rules, figures: IndicatorFigures): FigureProblem[] {
  const rule = indicator.aggregation;
  if (rule.rule === 'ratioOfSums') {
    const { numerator, denominator } = figures;
    if (denominator === 0) return [{ field: 'denominator', message: `Värdet kan inte beräknas när ${rule.denominator} är 0` }];
    return isShare(indicator) && numerator !== null && denominator !== null && numerator > denominator
      ? [{ field: 'numerator', message: `Fler ${rule.numerator} än ${rule.denominator}: andelen blir över 100 %` }]
      : [];
  }
  const warnings: FigureProblem[] = [];
  if (isShare(indicator) && figures.value !== null && figures.value > 100) warnings.push({ field: 'value', message: 'Andelen är över 100 %' });
  if (rule.rule === 'weightedMean' && figures.value !== null && figures.weight === 0) {
    warnings.push({ field: 'weight', message: `Värdet räknas inte in i förvaltningens värde när ${rule.weight} är 0` });
  }
  return warnings;
}

/**
 * The figures stored for an entry. For ratios the counts are the truth: the value is derived from them
 * (as the roll-up derives it), never typed in. Counts the rule does not use are not kept.
 */
export function derivedValue(indicator: Pick<Indicator, 'aggregation'>, e: IndicatorFigures): IndicatorFigures {
  const rule = indicator.aggregation;
  if (rule.rule !== 'ratioOfSums') return { value: e.value, numerator: null, denominator: null, weight: rule.rule === 'weightedMean' ? e.weight : null };
  const value = e.numerator !== null && e.denominator !== null ? ratioValue(e.numerator, e.denominator, rule.factor) : null;
  return { value, numerator: e.numerator, denominator: e.denominator, weight: null };
}
