import { z } from 'zod';
import { Id, Year } from './common';
import { Aggregation, Direction, Periodicity, Target } from './indicator';
import { ApprovalState } from './approvalStates';
import { ActivityStatus, Assessment, Period, StatusCounts } from './report';

/** How a value compares with a target, respecting the indicator's direction; null without value or numeric target. */
export const TargetComparison = z.enum(['meets', 'misses']).nullable();
export type TargetComparison = z.infer<typeof TargetComparison>;

/** One unit's contribution to an indicator: its value and the counts behind it. */
export const UnitIndicatorValue = z.strictObject({
  unitId: Id,
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  weight: z.number().nullable(),
});
export type UnitIndicatorValue = z.infer<typeof UnitIndicatorValue>;

export const IndicatorRollup = z.strictObject({
  indicatorId: Id,
  name: z.string(),
  measureUnit: z.string(),
  direction: Direction,
  periodicity: Periodicity,
  aggregation: Aggregation,
  annualTarget: Target.nullable(),
  councilTarget: Target.nullable(),
  /** The förvaltning value by the declared rule; null when no unit reported. */
  value: z.number().nullable(),
  /** Pooled counts behind the value (Σnumerator, Σdenominator, Σweight) where the rule has them */
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  weight: z.number().nullable(),
  vsAnnualTarget: TargetComparison,
  vsCouncilTarget: TargetComparison,
  unitValues: z.array(UnitIndicatorValue),
  missingUnitIds: z.array(Id),
  /**
   * Units whose stored figures cannot be used (out of range — edited by hand, or saved before the
   * bounds), with the reason in Swedish: left out of the value, and in neither list above.
   * Summaries stored before this field read it as empty.
   */
  leftOutUnits: z.array(z.strictObject({ unitId: Id, message: z.string() })).default([]),
  /** Units in unitValues whose figures are accepted but worth a second look (a share above 100 %, see figureWarnings). */
  unitWarnings: z.array(z.strictObject({ unitId: Id, message: z.string() })).default([]),
});
export type IndicatorRollup = z.infer<typeof IndicatorRollup>;

export const UnitGoalAssessment = z.strictObject({
  unitId: Id,
  goalId: Id,
  title: z.string(),
  assessment: Assessment.nullable(),
  analysis: z.string(),
});
export type UnitGoalAssessment = z.infer<typeof UnitGoalAssessment>;

/** Per nämndmål: each unit's enhetsmål with its assessment, the distribution, and who has not reported. */
export const CommitteeGoalRollup = z.strictObject({
  goalId: Id,
  title: z.string(),
  areaNumber: z.string().nullable(),
  areaTitle: z.string().nullable(),
  unitGoals: z.array(UnitGoalAssessment),
  distribution: z.strictObject({ fully: z.number().int(), partly: z.number().int(), not: z.number().int() }),
  notReportedUnitIds: z.array(Id),
});
export type CommitteeGoalRollup = z.infer<typeof CommitteeGoalRollup>;

/** Per förvaltning activity: its status in every unit. */
export const ActivityRollup = z.strictObject({
  activityId: Id,
  goalId: Id,
  text: z.string(),
  start: z.string(),
  end: z.string(),
  counts: StatusCounts,
  perUnit: z.array(z.strictObject({ unitId: Id, status: ActivityStatus.nullable(), comment: z.string() })),
});
export type ActivityRollup = z.infer<typeof ActivityRollup>;

export const OverviewUnit = z.strictObject({
  unitId: Id,
  name: z.string(),
  /**
   * The unit's report's approval state; none: nothing saved yet. Summaries stored before approvals say
   * "ready" (klar för granskning), read as submitted here (SharePoint parses rows on read; SQLite
   * rewrote them in a migration).
   */
  reportStatus: z.preprocess((status) => (status === 'ready' ? 'submitted' : status), z.union([ApprovalState, z.literal('none')])),
});
export type OverviewUnit = z.infer<typeof OverviewUnit>;

/** The förvaltning's roll-up of all units for a year and period. */
export const Overview = z.strictObject({
  forvaltningId: Id,
  forvaltningName: z.string(),
  year: Year,
  period: Period,
  computedAt: z.iso.datetime(),
  units: z.array(OverviewUnit),
  committeeGoals: z.array(CommitteeGoalRollup),
  indicators: z.array(IndicatorRollup),
  activities: z.array(ActivityRollup),
});
export type Overview = z.infer<typeof Overview>;

/** A dated tertial summary: the overview as computed then, kept so earlier summaries stay comparable. */
export const Summary = z.strictObject({
  id: Id,
  forvaltningId: Id,
  year: Year,
  period: Period,
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  overview: Overview,
});
export type Summary = z.infer<typeof Summary>;
