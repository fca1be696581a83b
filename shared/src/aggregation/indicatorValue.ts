import type { Aggregation, Indicator } from '../schemas/indicator';
import type { UnitIndicatorValue } from '../schemas/overview';
import type { IndicatorReport } from '../schemas/report';

/** The figures of an indicator report the roll-up reads; IndicatorReport and IndicatorEntry both carry them. */
export type IndicatorFigures = Pick<IndicatorReport, 'value' | 'numerator' | 'denominator' | 'weight'>;

/**
 * One unit's contribution to a roll-up: its value by the rule and the counts the rule uses. Counts the
 * rule does not use are null, so what is shown at förvaltning level is exactly what was pooled.
 */
export type UnitContribution = Omit<UnitIndicatorValue, 'unitId'>;

type RuleOf = Pick<Indicator, 'aggregation'>;

/**
 * Numerator × factor / denominator; null for a zero denominator (the ratio is undefined).
 * Multiplying first keeps whole counts exact: 57 × 100 / 100 is 57, 57 / 100 × 100 is 56.99999999999999.
 */
export function ratioValue(numerator: number, denominator: number, factor: number): number | null {
  return denominator === 0 ? null : (numerator * factor) / denominator;
}

/**
 * Whether the report has what the indicator's rule needs: both counts for ratioOfSums (the stored value is
 * not enough, the counts are pooled), value and weight for weightedMean, the value for the others.
 * A ratio with denominator 0 is reported (its counts are known, they add nothing to the pool) but has no value.
 */
export function isReported(indicator: RuleOf, report: IndicatorFigures | null | undefined): boolean {
  return !!report && hasWhatRuleNeeds(indicator.aggregation.rule, report);
}

/** isReported for a bare rule name; the partial aggregates use it to skip units without data. */
export function hasWhatRuleNeeds(rule: Aggregation['rule'], figures: IndicatorFigures): boolean {
  switch (rule) {
    case 'ratioOfSums':
      return figures.numerator !== null && figures.denominator !== null;
    case 'weightedMean':
      return figures.value !== null && figures.weight !== null;
    default:
      return figures.value !== null;
  }
}

/** The unit's value by the rule; null when not reported or the ratio's denominator is 0. */
export function indicatorValue(indicator: RuleOf, report: IndicatorFigures | null | undefined): number | null {
  return unitContribution(indicator, report)?.value ?? null;
}

/** The unit's value with the counts the rule uses, or null when the unit has not reported what the rule needs. */
export function unitContribution(indicator: RuleOf, report: IndicatorFigures | null | undefined): UnitContribution | null {
  if (!report || !isReported(indicator, report)) return null;
  const rule = indicator.aggregation;
  switch (rule.rule) {
    case 'ratioOfSums': {
      // isReported guarantees both counts; the stored value is ignored, the counts are the truth.
      const numerator = report.numerator!;
      const denominator = report.denominator!;
      return { value: ratioValue(numerator, denominator, rule.factor), numerator, denominator, weight: null };
    }
    case 'weightedMean':
      return { value: report.value, numerator: null, denominator: null, weight: report.weight };
    default:
      return { value: report.value, numerator: null, denominator: null, weight: null };
  }
}
