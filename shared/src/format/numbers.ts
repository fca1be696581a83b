/**
 * How the product writes numbers, on screen and in the Word exports alike: Swedish decimal comma, a
 * (non-breaking) space between thousands, and decimals by what is measured:
 * - percentages with one decimal: 36,7 %
 * - other values with two decimals below 10 (4,93 barn/årsarbetare, 3,45 on a 1–4 scale) and one from
 *   10 up (16,4 barn/grupp, 1 945,3 GWh), where a second decimal is noise;
 * - counts (numerators, denominators, weights) as they are, up to two decimals: 1 945, 29,75.
 * Trailing zeros are dropped (33 %, not 33,0 %).
 */
import type { Aggregation, Target } from '../schemas/indicator';
import { unitContribution, type IndicatorFigures } from '../aggregation/indicatorValue';

const formatters = new Map<number, Intl.NumberFormat>();

function withDecimals(n: number, maximumFractionDigits: number): string {
  let format = formatters.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('sv-SE', { maximumFractionDigits });
    formatters.set(maximumFractionDigits, format);
  }
  return format.format(n);
}

const isPercent = (measureUnit: string) => measureUnit.trim() === '%';

/** A count (numerator, denominator, weight): 1 945, 29,75. */
export function formatCount(n: number): string {
  return withDecimals(n, 2);
}

/** How many decimals a value of this measure unit is shown with. */
export function valueDecimals(value: number, measureUnit: string): number {
  if (isPercent(measureUnit)) return 1;
  return Math.abs(value) >= 10 ? 1 : 2;
}

/** An indicator value: "36,7 %", "16,4", "4,93". Only "%" is printed with the number; other units stand in the indicator's name. */
export function formatValue(value: number, measureUnit: string): string {
  const text = withDecimals(value, valueDecimals(value, measureUnit));
  return isPercent(measureUnit) ? `${text}\u00a0%` : text;
}

/** A target as written in the plan: a value like formatValue, or its text ("Tas fram av nämnd"); null without one. */
export function formatTarget(target: Target | null | undefined, measureUnit: string): string | null {
  if (!target) return null;
  return target.type === 'value' ? formatValue(target.value, measureUnit) : target.text;
}

/**
 * An outcome with the counts behind it: "36,7 % (11/30)" for a ratio, "3,4 (antal avdelningar: 12)" for
 * a weighted mean, the value alone otherwise. The value is the one the roll-up uses (a ratio's from its
 * counts); a ratio over 0 has none and is written "– (0/0)": reported, but without a value. Null when the
 * rule's figures are missing.
 */
export function formatOutcome(indicator: { aggregation: Aggregation; measureUnit: string }, figures: IndicatorFigures): string | null {
  const contribution = unitContribution(indicator, figures);
  if (contribution === null) return null;
  const text = contribution.value === null ? '–' : formatValue(contribution.value, indicator.measureUnit);
  const { aggregation } = indicator;
  if (aggregation.rule === 'ratioOfSums') return `${text} (${formatCount(contribution.numerator!)}/${formatCount(contribution.denominator!)})`;
  if (aggregation.rule === 'weightedMean') return `${text} (${aggregation.weight}: ${formatCount(contribution.weight!)})`;
  return text;
}
