import {
  appliesToUnit,
  compareToTarget,
  formatTarget,
  formatValue,
  indicatorAskedOf,
  indicatorValue,
  type ApprovalDigest,
  type Indicator,
  type Period,
  type PlanTree,
  type Summary,
  type UnitReportView,
} from '@vp/shared';
import { periodTitle, summaryKind } from '../../export/wording';
import { reportables } from '../reports/reportData';

type BelowTarget = NonNullable<ApprovalDigest['belowTarget']>[number];

/**
 * An indicator whose value misses its target (in its direction), as the digest lists it; null when it
 * meets it or cannot be compared. The target is the årsmål, or where the plan sets none KF:s årsmål
 * (the förvaltning's indicators carry only that).
 */
function belowTarget(indicator: Pick<Indicator, 'id' | 'name' | 'measureUnit' | 'direction' | 'annualTarget' | 'councilTarget'>, value: number | null): BelowTarget | null {
  const target = indicator.annualTarget ?? indicator.councilTarget;
  if (value === null || compareToTarget(value, target, indicator.direction) !== 'misses') return null;
  return { indicatorId: indicator.id, name: indicator.name, value: formatValue(value, indicator.measureUnit), target: formatTarget(target, indicator.measureUnit)! };
}

const noFollowUp = { progress: null, assessed: null, belowTarget: null };

/** The unit's plan: its enhetsmål and the indicators and activities it works with (what its reports ask). */
export function planDigest(tree: PlanTree): ApprovalDigest {
  const due = reportables(tree);
  const unitId = tree.unit!.id;
  return {
    title: `${tree.unit!.name} – Verksamhetsplan ${tree.year}`,
    goals: due.goals.length,
    indicators: due.indicators.filter((i) => appliesToUnit(i, unitId)).length,
    activities: due.activities.length,
    ...noFollowUp,
  };
}

/** A unit's report: what it covers, how much is filled in (the report's own progress), its assessments and the indicators below target. */
export function reportDigest(tree: PlanTree, report: UnitReportView): ApprovalDigest {
  const due = reportables(tree);
  const unitId = tree.unit!.id;
  const asked = due.indicators.filter((i) => indicatorAskedOf(i, unitId, report.period));
  const assessed = { fully: 0, partly: 0, not: 0, none: 0 };
  for (const goal of due.goals) assessed[report.goals.find((e) => e.goalId === goal.id)?.assessment ?? 'none']++;
  const below = asked.flatMap((i) => belowTarget(i, indicatorValue(i, report.indicators.find((e) => e.indicatorId === i.id))) ?? []);
  return {
    title: `${tree.unit!.name} – ${periodTitle[report.period]} ${report.year}`,
    goals: due.goals.length,
    indicators: asked.length,
    activities: due.activities.length,
    progress: report.progress,
    assessed,
    belowTarget: below.slice(0, 200),
  };
}

/**
 * The förvaltning's summary, from its overview: nämndmål, indicators and activities; progress counts the
 * units whose report is submitted or approved; assessed adds up the units' assessments of the nämndmål
 * (none: units that did not assess one); below target: the förvaltning values that miss their target.
 * Without a summary yet (null), only the title.
 */
export function summaryDigest(forvaltningName: string, year: number, period: Period, summary: Summary | null): ApprovalDigest {
  const title = `${forvaltningName} – ${summaryKind(period, year)}`;
  if (summary === null) return { title, goals: 0, indicators: 0, activities: 0, ...noFollowUp };
  const { overview } = summary;
  const assessed = { fully: 0, partly: 0, not: 0, none: 0 };
  for (const goal of overview.committeeGoals) {
    assessed.fully += goal.distribution.fully;
    assessed.partly += goal.distribution.partly;
    assessed.not += goal.distribution.not;
    assessed.none += goal.notReportedUnitIds.length;
  }
  const below = overview.indicators.flatMap(
    (i) => belowTarget({ id: i.indicatorId, name: i.name, measureUnit: i.measureUnit, direction: i.direction, annualTarget: i.annualTarget, councilTarget: i.councilTarget }, i.value) ?? [],
  );
  return {
    title,
    goals: overview.committeeGoals.length,
    indicators: overview.indicators.length,
    activities: overview.activities.length,
    progress: { filled: overview.units.filter((u) => u.reportStatus === 'submitted' || u.reportStatus === 'approved').length, total: overview.units.length },
    assessed,
    belowTarget: below.slice(0, 200),
  };
}
