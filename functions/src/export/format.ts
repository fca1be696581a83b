/** Swedish formatting of numbers, indicator values, targets and dates for the exported documents. */
import type { Aggregation, Target } from '@vp/shared';

const formatters = new Map<number, Intl.NumberFormat>();

/** Decimal comma and a space between thousands: 1 945, 36,7, 4,93. */
export function formatNumber(n: number, maximumFractionDigits = 2): string {
  let f = formatters.get(maximumFractionDigits);
  if (!f) {
    f = new Intl.NumberFormat('sv-SE', { maximumFractionDigits });
    formatters.set(maximumFractionDigits, f);
  }
  return f.format(n);
}

/** An indicator value: one decimal from 10 up (36,7 %), two below (4,93 barn/årsarbetare, 3,45 on a 1–4 scale). */
export function formatValue(value: number, measureUnit: string): string {
  const text = formatNumber(value, Math.abs(value) >= 10 ? 1 : 2);
  // Only "%" is printed with the number in the municipal tables ("33 %"); other units stand in the name.
  return measureUnit.trim() === '%' ? `${text}\u00a0%` : text;
}

export function formatTarget(target: Target | null, measureUnit: string): string {
  if (target === null) return '';
  return target.type === 'value' ? formatValue(target.value, measureUnit) : target.text;
}

export interface Outcome {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  weight: number | null;
}

/** The value of an outcome: as reported, or derived from the counts of a ratio. */
export function outcomeValue(aggregation: Aggregation, outcome: Outcome): number | null {
  if (outcome.value !== null) return outcome.value;
  if (aggregation.rule === 'ratioOfSums' && outcome.numerator !== null && outcome.denominator) {
    return (outcome.numerator / outcome.denominator) * aggregation.factor;
  }
  return null;
}

/**
 * An outcome with the counts behind it: "36,7 % (11/30)" for a ratio, "3,4 (antal avdelningar: 12)"
 * for a weighted mean, the value alone otherwise; null when there is no value.
 */
export function formatOutcome(indicator: { aggregation: Aggregation; measureUnit: string }, outcome: Outcome): string | null {
  const value = outcomeValue(indicator.aggregation, outcome);
  if (value === null) return null;
  const text = formatValue(value, indicator.measureUnit);
  const { aggregation } = indicator;
  if (aggregation.rule === 'ratioOfSums' && outcome.numerator !== null && outcome.denominator !== null) {
    return `${text} (${formatNumber(outcome.numerator)}/${formatNumber(outcome.denominator)})`;
  }
  if (aggregation.rule === 'weightedMean' && outcome.weight !== null) {
    return `${text} (${aggregation.weight}: ${formatNumber(outcome.weight)})`;
  }
  return text;
}

/** "10 maj 2021", in Swedish time. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'long' }).format(new Date(iso));
}
