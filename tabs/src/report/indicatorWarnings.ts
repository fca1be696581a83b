import { changeWarning, figureWarnings, type IndicatorFigures, type IndicatorNode, type Period } from '@vp/shared';
import { indicatorEntry, type IndicatorValues } from './reportValues';

export type FigureField = keyof IndicatorFigures;

/** A typed figure that is not a number yet is no figure: its error is shown, not a warning built on it. */
const figuresOf = (indicator: IndicatorNode, values: IndicatorValues): IndicatorFigures => {
  const { value, numerator, denominator, weight } = indicatorEntry(indicator, values);
  const known = (n: number | null) => (n === null || Number.isNaN(n) ? null : n);
  return { value: known(value), numerator: known(numerator), denominator: known(denominator), weight: known(weight) };
};

/**
 * The plausibility warnings of what is typed, by input: the shared rules the roll-up warns with
 * (share over 100 %, a count of 0) and a big change since the previous period. They never stop a save.
 */
export function indicatorWarnings(
  indicator: IndicatorNode,
  values: IndicatorValues,
  previous: { period: Period; figures: IndicatorFigures } | null,
): Partial<Record<FigureField, string>> {
  const figures = figuresOf(indicator, values);
  const warnings = [...figureWarnings(indicator, figures), changeWarning(indicator, figures, previous)];
  const byField: Partial<Record<FigureField, string>> = {};
  for (const w of warnings) if (w) byField[w.field] = byField[w.field] ? `${byField[w.field]} ${w.message}` : w.message;
  return byField;
}
