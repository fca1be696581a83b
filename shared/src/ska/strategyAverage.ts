import type { SkaAssessment, SkaStrategyKey } from '../schemas/ska';

export interface SkaAverage {
  /** the mean of the strategy's criteria scores, rounded half up to the assessment's decimals; null without scores */
  value: number | null;
  /** the same unrounded */
  exact: number | null;
  /** how many criteria are scored, of how many */
  scored: number;
  criteria: number;
  /** the average the document prints, if it prints one */
  printed: number | null;
  /**
   * Does the printed average fit the criteria scores? Equal when rounded alike; otherwise it still fits
   * when it is at most one printed step away from the exact mean, since the document rounds the criteria
   * and the average each from unrounded means (e.g. 3,3 + 3,4 + 3,5 + 3,6 gives 3,45 → 3,5, printed 3,4).
   * Null without a printed average or a computed one.
   */
  printedCheck: 'equal' | 'withinRounding' | 'differs' | null;
}

/** A strategy's average for one role and year, computed from its criteria scores. */
export function strategyAverage(assessment: Pick<SkaAssessment, 'strategies' | 'scores' | 'printedAverages' | 'decimals'>, role: string, year: number, strategy: SkaStrategyKey): SkaAverage {
  const criteria = assessment.strategies.find((s) => s.key === strategy)?.criteria.length ?? 0;
  const scores = assessment.scores.filter((s) => s.role === role && s.year === year && s.strategy === strategy).map((s) => s.score);
  const printed = assessment.printedAverages.find((p) => p.role === role && p.year === year && p.strategy === strategy)?.value ?? null;
  if (scores.length === 0) return { value: null, exact: null, scored: 0, criteria, printed, printedCheck: null };
  // In hundredths, as integers: the scores have at most two decimals, so a half is exact and rounds up.
  const hundredths = scores.reduce((sum, s) => sum + Math.round(s * 100), 0);
  const step = 10 ** (2 - assessment.decimals);
  const value = Math.round(hundredths / (scores.length * step)) / 10 ** assessment.decimals;
  const exact = hundredths / scores.length / 100;
  return { value, exact, scored: scores.length, criteria, printed, printedCheck: check(value, exact, printed, assessment.decimals) };
}

function check(value: number, exact: number, printed: number | null, decimals: number): SkaAverage['printedCheck'] {
  if (printed === null) return null;
  const unit = 10 ** decimals;
  if (Math.round(value * unit) === Math.round(printed * unit)) return 'equal';
  // Compared in hundredths of the printed step, so float noise does not decide.
  return Math.round(Math.abs(exact - printed) * unit * 100) <= 100 ? 'withinRounding' : 'differs';
}
