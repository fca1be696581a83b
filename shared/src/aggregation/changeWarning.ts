import { formatValue } from '../format/numbers';
import type { Indicator } from '../schemas/indicator';
import type { Period } from '../schemas/report';
import type { FigureProblem } from './figureProblems';
import { indicatorValue, type IndicatorFigures } from './indicatorValue';

/** A value that moved more than this share of the previous period's value deserves a second look. */
export const bigChange = 0.5;

/**
 * A value far from the previous period's: more than 50 % above or below it (33 % → 50 %, 16 → 7), a
 * typo or a count of the wrong thing more often than a real change. Shown, never refused. None without
 * both values, or when the previous value is 0 (no share of 0 to compare with). Ratios compare the values
 * of their counts, so the warning stands at the numerator; other rules' at the value.
 */
export function changeWarning(
  indicator: Pick<Indicator, 'aggregation' | 'measureUnit'>,
  figures: IndicatorFigures,
  previous: { period: Period; figures: IndicatorFigures } | null,
): FigureProblem | null {
  if (!previous) return null;
  const now = indicatorValue(indicator, figures);
  const before = indicatorValue(indicator, previous.figures);
  if (now === null || before === null || before === 0 || Math.abs(now - before) <= bigChange * Math.abs(before)) return null;
  const direction = now > before ? 'högre' : 'lägre';
  return {
    field: indicator.aggregation.rule === 'ratioOfSums' ? 'numerator' : 'value',
    message: `Mer än 50 % ${direction} än i ${previous.period} (${formatValue(before, indicator.measureUnit)}). Stämmer värdet?`,
  };
}
