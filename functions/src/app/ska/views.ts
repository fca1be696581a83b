import {
  resultSchoolYears,
  resultTotal,
  strategyAverage,
  unitSpread,
  type SkaAssessment,
  type SkaAssessmentView,
  type SkaResult,
  type SkaResultView,
  type Stored,
} from '@vp/shared';

/** A result table with the förvaltning totals of every läsår, area and group (shared/ska/resultTotal). */
export function resultView(result: Stored<SkaResult>): SkaResultView {
  const totals = resultSchoolYears(result).flatMap((schoolYear) =>
    result.areas.flatMap((area) => result.groups.map((group) => ({ schoolYear, area: area.key, group, ...resultTotal(result, schoolYear, area.key, group) }))),
  );
  return { ...result, totals };
}

/**
 * A self-assessment with the average of every role, year (scored or printed) and strategy
 * (shared/ska/strategyAverage), and the spread of the units' own self-assessments of its läsår
 * (shared/ska/unitSpread; units: those of the same förvaltning, scope and läsår, none for a unit's own).
 */
export function assessmentView(assessment: Stored<SkaAssessment>, units: readonly SkaAssessment[]): SkaAssessmentView {
  const years = [...new Set([...assessment.scores, ...assessment.printedAverages].map((s) => s.year))].sort((a, b) => a - b);
  const averages = assessment.roles.flatMap((role) =>
    years.flatMap((year) =>
      assessment.strategies.map((strategy) => ({ role: role.key, year, strategy: strategy.key, ...strategyAverage(assessment, role.key, year, strategy.key) })),
    ),
  );
  const own = assessment.unitId === null ? units.filter((u) => u.unitId !== null && u.forvaltningId === assessment.forvaltningId && u.scope === assessment.scope && u.year === assessment.year) : [];
  return { ...assessment, averages, unitSpread: unitSpread(assessment, own, assessment.year) };
}
