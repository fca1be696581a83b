import {
  appliesToUnit,
  compareToTarget,
  formatTarget,
  formatValue,
  goalHeading,
  indicatorValue,
  periodOfDate,
  Period,
  type AgendaItemDetail,
  type Caller,
  type IndicatorReport,
  type Indicator,
  type StageIndicator,
  type Store,
} from '@vp/shared';
import { AppError } from '../errors';
import { readUnitPlanItems } from '../readPlan';
import { assertReadsApt } from './aptAccess';
import { findMeeting } from './meetingState';

/** The newest period of the year with a value, the target (årsmål, else KF:s årsmål) and whether the value misses it. */
function stageIndicator(indicator: Indicator, reports: readonly IndicatorReport[]): StageIndicator {
  const target = indicator.annualTarget ?? indicator.councilTarget;
  const newestFirst = [...Period.options].reverse();
  const latest = newestFirst
    .map((period) => ({ period, value: indicatorValue(indicator, reports.find((r) => r.indicatorId === indicator.id && r.period === period)) }))
    .find((r) => r.value !== null);
  const comparison = latest ? compareToTarget(latest.value, target, indicator.direction) : null;
  return {
    indicatorId: indicator.id,
    name: indicator.name,
    target: formatTarget(target, indicator.measureUnit),
    latest: latest ? { period: latest.period, value: formatValue(latest.value!, indicator.measureUnit) } : null,
    belowTarget: comparison === null ? null : comparison === 'misses',
  };
}

/**
 * What the stage shows of one agenda point: the goal with its indicators, its activities' status and
 * the unit's assessment and analysis in the period of the meeting's date; or the decision it follows up.
 */
export async function readItemDetail(store: Store, caller: Caller | null, meetingId: string, itemId: string): Promise<AgendaItemDetail> {
  const meeting = await findMeeting(store, meetingId);
  assertReadsApt(caller, meeting.forvaltningId);
  const item = meeting.agenda.find((i) => i.id === itemId);
  if (!item) throw new AppError('NOT_FOUND', `Punkten "${itemId}" finns inte på dagordningen för ${meeting.title}`);
  const decision = item.decisionId ? await store.get('aptNote', item.decisionId) : null;
  if (!item.goalId) return { item, goal: null, decision };
  const { unitId, year } = meeting;
  const period = periodOfDate(meeting.date);
  const [plan, [indicatorReports, goalReports, activityReports]] = await Promise.all([
    readUnitPlanItems(store, unitId, year),
    store.listMany([
      { kind: 'indicatorReport', filter: { unitId, year } },
      { kind: 'goalReport', filter: { unitId, year, period } },
      { kind: 'activityReport', filter: { unitId, year, period } },
    ] as const),
  ]);
  const goal = plan.goals.find((g) => g.id === item.goalId);
  // A goal removed from the plan since the agenda was made: the point stays, without its content.
  if (!goal) return { item, goal: null, decision };
  const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
  const report = goalReports.find((r) => r.goalId === goal.id);
  return {
    item,
    goal: {
      goalId: goal.id,
      heading: goalHeading(goal),
      description: goal.description,
      indicators: plan.indicators
        .filter((i) => i.parentId === goal.id && appliesToUnit(i, unitId))
        .sort(byOrder)
        .map((i) => stageIndicator(i, indicatorReports)),
      activities: plan.activities
        .filter((a) => a.parentId === goal.id)
        .sort(byOrder)
        .map((a) => ({ activityId: a.id, text: a.text, status: activityReports.find((r) => r.activityId === a.id)?.status ?? null })),
      period,
      assessment: report?.assessment ?? null,
      analysis: report?.analysis ?? '',
    },
    decision,
  };
}
