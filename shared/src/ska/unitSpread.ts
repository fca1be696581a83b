import type { SkaAssessment, SkaUnitSpreadView } from '../schemas/ska';
import { strategyAverage } from './strategyAverage';

type UnitAssessment = Pick<SkaAssessment, 'unitId' | 'roles' | 'strategies' | 'scores' | 'printedAverages' | 'decimals'>;

/**
 * The spread across units of the förvaltning's assessment's criteria in one läsår: per criterion how
 * many units scored it, the lowest and highest score and how many gave each of 1–5; per strategy the
 * lowest and highest of the units' averages. A unit that scored nothing that year is not counted.
 */
export function unitSpread(assessment: Pick<SkaAssessment, 'strategies'>, units: readonly UnitAssessment[], year: number): SkaUnitSpreadView {
  const scored = units
    .map((unit) => ({ unit, scores: unit.scores.filter((s) => s.year === year) }))
    .filter((u) => u.scores.length > 0)
    .sort((a, b) => (a.unit.unitId ?? '').localeCompare(b.unit.unitId ?? ''));
  const criteria = assessment.strategies.flatMap((strategy) =>
    strategy.criteria.map((criterion) => {
      const values = scored.flatMap((u) => u.scores.filter((s) => s.strategy === strategy.key && s.criterion === criterion.number).map((s) => s.score));
      // Unit scores are whole steps (SkaUnitScoreValue); rounding only guards the count.
      const distribution = [1, 2, 3, 4, 5].map((step) => values.filter((v) => Math.round(v) === step).length);
      return { strategy: strategy.key, criterion: criterion.number, units: values.length, min: minOf(values), max: maxOf(values), distribution };
    }),
  );
  const strategies = assessment.strategies.map((strategy) => {
    const averages = scored.flatMap((u) => {
      const role = u.unit.roles[0]?.key;
      const value = role === undefined ? null : strategyAverage(u.unit, role, year, strategy.key).value;
      return value === null ? [] : [value];
    });
    return { strategy: strategy.key, units: averages.length, minAverage: minOf(averages), maxAverage: maxOf(averages) };
  });
  return { unitIds: scored.map((u) => u.unit.unitId!), criteria, strategies };
}

const minOf = (values: number[]) => (values.length === 0 ? null : Math.min(...values));
const maxOf = (values: number[]) => (values.length === 0 ? null : Math.max(...values));
