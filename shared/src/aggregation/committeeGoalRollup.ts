import type { Goal } from '../schemas/goal';
import type { CommitteeGoalRollup, UnitGoalAssessment } from '../schemas/overview';
import type { GoalReport } from '../schemas/report';
import type { UnitRows } from './reportIndex';

/**
 * One nämndmål across units: each unit's enhetsmål under it with the unit's assessment and analysis,
 * the distribution of assessments, and the units that still owe an assessment.
 *
 * `unitGoals` are the enhetsmål directly under this nämndmål, already in unit order. A unit with no
 * enhetsmål under a nämndmål is not counted as missing: it has nothing to assess there (units choose
 * which nämndmål they work towards; Hägerstensåsen has none under the culture goal). A unit with several
 * enhetsmål under it is listed once in notReportedUnitIds if any of them lacks an assessment.
 * `area` is the parent KF:s mål för verksamhetsområdet, when present.
 */
export function committeeGoalRollup(
  goal: Goal,
  area: Goal | undefined,
  unitGoals: readonly (Goal & { unitId: string })[],
  goalReports: ReadonlyMap<string, UnitRows<GoalReport>>,
): CommitteeGoalRollup {
  const distribution = { fully: 0, partly: 0, not: 0 };
  const notReported = new Set<string>();
  const assessed: UnitGoalAssessment[] = unitGoals.map((unitGoal) => {
    const row = goalReports.get(unitGoal.id)?.get(unitGoal.unitId);
    const assessment = row?.assessment ?? null;
    if (assessment === null) notReported.add(unitGoal.unitId);
    else distribution[assessment] += 1;
    return { unitId: unitGoal.unitId, goalId: unitGoal.id, title: unitGoal.title, assessment, analysis: row?.analysis ?? '' };
  });
  return {
    goalId: goal.id,
    title: goal.title,
    areaNumber: area?.number ?? null,
    areaTitle: area?.title ?? null,
    unitGoals: assessed,
    distribution,
    notReportedUnitIds: [...notReported],
  };
}
