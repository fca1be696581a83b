import { z } from 'zod';
import { ApprovalState } from './approvalStates';
import { Id, LongText, Year } from './common';
import { FigureCount, FigureValue } from './figures';

/**
 * Follow-up periods of a plan year: T1 (Jan–Apr) and T2 (May–Aug) end in a tertialrapport; VB is the
 * verksamhetsberättelse (annual report) at year end. Indicators with periodicity "year" are reported in VB only.
 */
export const Period = z.enum(['T1', 'T2', 'VB']);
export type Period = z.infer<typeof Period>;

/**
 * One scale for goal assessments: in T1/T2 a forecast (målet bedöms uppfyllas helt / delvis / inte),
 * in VB the outcome (uppfyllt / delvis uppfyllt / ej uppfyllt).
 */
export const Assessment = z.enum(['fully', 'partly', 'not']);
export type Assessment = z.infer<typeof Assessment>;

/** Aktivitetsstatus: ej påbörjad / pågående / avslutad / inställd */
export const ActivityStatus = z.enum(['notStarted', 'ongoing', 'done', 'cancelled']);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/** How many items are at each status; missing: no status yet. The counts add up to the items counted. */
export const StatusCounts = z.strictObject({ notStarted: z.number().int(), ongoing: z.number().int(), done: z.number().int(), cancelled: z.number().int(), missing: z.number().int() });
export type StatusCounts = z.infer<typeof StatusCounts>;

/**
 * Before approvals a report was a draft until the unit marked it ready for review (klar för granskning).
 * Kept only to read headers stored then: a report marked ready reads as submitted (legacyReportState).
 */
export const LegacyReportStatus = z.enum(['draft', 'ready']);
export type LegacyReportStatus = z.infer<typeof LegacyReportStatus>;

/** Stored counts: read as they are (figures edited by hand are left out of the roll-up, see figureProblems). */
const Count = z.number().finite().min(0);

/** Fields every report item carries; (unitId, year, period) are indexed. */
export const reportFields = {
  id: Id,
  forvaltningId: Id,
  unitId: Id,
  year: Year,
  period: Period,
};

/**
 * The report's header: one per unit, year and period. Every change to the report bumps its eTag. Where
 * the report stands is its approval's (an Approval of subject unitReport); headers written before
 * approvals carry the status they had, which the next save drops (see legacyReportState).
 */
export const Report = z.strictObject({
  ...reportFields,
  status: LegacyReportStatus.optional(),
  readyAt: z.iso.datetime().nullable().optional(),
  readyBy: z.string().nullable().optional(),
});
export type Report = z.infer<typeof Report>;

/** Per goal: the assessment and its analysis. */
export const GoalReport = z.strictObject({
  ...reportFields,
  goalId: Id,
  assessment: Assessment.nullable(),
  analysis: LongText,
});
export type GoalReport = z.infer<typeof GoalReport>;

/**
 * Per indicator: the outcome with the counts its aggregation rule needs — numerator and denominator
 * for ratioOfSums (the value is derived from them), the weight (e.g. respondents) for weightedMean,
 * the value alone for sum, median, min and max.
 */
export const IndicatorReport = z.strictObject({
  ...reportFields,
  indicatorId: Id,
  value: z.number().finite().nullable(),
  numerator: Count.nullable(),
  denominator: Count.nullable(),
  weight: Count.nullable(),
  comment: LongText,
});
export type IndicatorReport = z.infer<typeof IndicatorReport>;

/** Per activity: status and comment. */
export const ActivityReport = z.strictObject({
  ...reportFields,
  activityId: Id,
  status: ActivityStatus.nullable(),
  comment: LongText,
});
export type ActivityReport = z.infer<typeof ActivityReport>;

// --- The report as the API reads and writes it: one document per unit, year and period. ---

export const GoalEntry = GoalReport.pick({ goalId: true, assessment: true, analysis: true });
export type GoalEntry = z.infer<typeof GoalEntry>;
/** What a unit may write: the stored fields, with figures bounded so every sum and ratio of them stays finite. */
export const IndicatorEntry = IndicatorReport.pick({ indicatorId: true, value: true, numerator: true, denominator: true, weight: true, comment: true }).extend({
  value: FigureValue.nullable(),
  numerator: FigureCount.nullable(),
  denominator: FigureCount.nullable(),
  weight: FigureCount.nullable(),
});
export type IndicatorEntry = z.infer<typeof IndicatorEntry>;
export const ActivityEntry = ActivityReport.pick({ activityId: true, status: true, comment: true });
export type ActivityEntry = z.infer<typeof ActivityEntry>;

/**
 * PUT body: the entries the unit has filled in (absent entries are left as they are). Each goal,
 * indicator and activity at most once: a report has one entry per item.
 */
export const ReportContent = z
  .strictObject({
    goals: z.array(GoalEntry).max(500).default([]),
    indicators: z.array(IndicatorEntry).max(500).default([]),
    activities: z.array(ActivityEntry).max(500).default([]),
  })
  .check((ctx) => {
    const { goals, indicators, activities } = ctx.value;
    const lists = [
      ['goals', 'goalId', goals.map((e) => e.goalId), 'Målet'],
      ['indicators', 'indicatorId', indicators.map((e) => e.indicatorId), 'Indikatorn'],
      ['activities', 'activityId', activities.map((e) => e.activityId), 'Aktiviteten'],
    ] as const;
    for (const [list, key, ids, what] of lists) {
      const first = new Map<string, number>();
      ids.forEach((id, i) => {
        const earlier = first.get(id);
        if (earlier === undefined) return void first.set(id, i);
        ctx.issues.push({ code: 'custom', input: id, path: [list, i, key], message: `${what} "${id}" finns redan på rad ${earlier + 1}; varje post får bara finnas en gång` });
      });
    }
  });
export type ReportContent = z.infer<typeof ReportContent>;

export const ReportProgress = z.strictObject({
  /** entries with an assessment / value (with the counts the rule needs) / status */
  filled: z.number().int().min(0),
  /** goals, indicators due this period, and activities to report on */
  total: z.number().int().min(0),
});
export type ReportProgress = z.infer<typeof ReportProgress>;

/** An indicator's entry as stored: read as it is, without the bounds a write must keep (see IndicatorReport). */
const StoredIndicatorEntry = IndicatorReport.pick({ indicatorId: true, value: true, numerator: true, denominator: true, weight: true, comment: true });

const entries = { goals: z.array(GoalEntry), indicators: z.array(StoredIndicatorEntry), activities: z.array(ActivityEntry) };

/** GET response: the report (an empty draft before the first save) and the previous period's entries. */
export const UnitReportView = z.strictObject({
  unitId: Id,
  year: Year,
  period: Period,
  /** the report's approval state; only a draft or a returned report can be saved */
  status: ApprovalState,
  /** when and by whom the report got that state; null for a draft nobody has acted on */
  statusAt: z.iso.datetime().nullable(),
  statusBy: z.string().nullable(),
  /** null until the report is first saved; PUT needs it as If-Match afterwards */
  eTag: z.string().min(1).nullable(),
  ...entries,
  progress: ReportProgress,
  previous: z.strictObject({ period: Period, ...entries }).nullable(),
});
export type UnitReportView = z.infer<typeof UnitReportView>;
