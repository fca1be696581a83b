/**
 * What the API answers, as schemas: the tab parses every response with them and the server's handlers
 * are typed by them, so both sides read one definition. Stored items carry their eTag; plan-tree nodes
 * also say who owns them. Stored data is read as it is (the item schemas, not the request bodies' bounds).
 */
import { z } from 'zod';
import { Caller } from '../identity';
import { activityFields } from './activity';
import type { Collection } from '../api';
import { Year } from './common';
import { Goal, goalFields } from './goal';
import { Indicator } from './indicator';
import { Forvaltning, Unit } from './organisation';
import { Summary } from './overview';
import { PlanSection, planFields } from './plan';

export const ETag = z.string().min(1);
const Owner = z.enum(['forvaltning', 'unit']);

/** An item as the API returns it: the item and the version a write must name (If-Match). */
const stored = { eTag: ETag };
/** A node of a plan tree also says who owns it. */
const node = { ...stored, owner: Owner };

export const StoredForvaltning = Forvaltning.extend(stored);
export const StoredUnit = Unit.extend(stored);
// The plan's year check guards writes; a stored plan is shown as it is.
export const StoredPlan = z.strictObject({ ...planFields, ...stored });

export const IndicatorNode = Indicator.extend(node);
export type IndicatorNode = z.infer<typeof IndicatorNode>;
// Activity's end-not-before-start check guards writes; a stored activity is shown as it is.
export const ActivityNode = z.strictObject({ ...activityFields, ...node });
export type ActivityNode = z.infer<typeof ActivityNode>;
export const SectionNode = PlanSection.extend(node);
export type SectionNode = z.infer<typeof SectionNode>;

const GoalNodeFields = z.strictObject({
  ...goalFields,
  ...node,
  indicators: z.array(IndicatorNode),
  activities: z.array(ActivityNode),
});
/** A goal with its indicators, activities and the goals under it. (Only the recursion is spelt out: TypeScript cannot infer it.) */
export type GoalNode = z.infer<typeof GoalNodeFields> & { children: GoalNode[] };
export const GoalNode: z.ZodType<GoalNode> = GoalNodeFields.extend({ children: z.lazy(() => z.array(GoalNode)) });

/** GET …/plans/{year}: a unit's plan for a year as one tree, the förvaltning's spine with the unit's own goals under it. */
export const PlanTree = z.strictObject({
  forvaltning: StoredForvaltning,
  unit: StoredUnit.nullable(),
  plan: StoredPlan.nullable(),
  year: Year,
  sections: z.array(SectionNode),
  goals: z.array(GoalNode),
});
export type PlanTree = z.infer<typeof PlanTree>;

/** A plan item as GET, POST, PATCH and a restore return it, per collection. */
export const StoredItem = {
  goals: Goal.extend(stored),
  indicators: Indicator.extend(stored),
  activities: z.strictObject({ ...activityFields, ...stored }),
  sections: PlanSection.extend(stored),
} as const satisfies Record<Collection, z.ZodType>;

export const ForvaltningList = z.array(StoredForvaltning);
export const UnitList = z.array(StoredUnit);
export const PlanList = z.array(StoredPlan);

/**
 * GET /forvaltningar/{id}/plans: every plan of the förvaltning, as the tab offers them to choose from:
 * its units' verksamhetsplaner (by unit, newest first) and the years of its own plans of each kind.
 */
export const ForvaltningPlans = z.strictObject({
  unitPlans: PlanList,
  /** the competence-supply plan (kompetensförsörjningsplan): the years with at least one row, newest first */
  competenceYears: z.array(Year),
});
export type ForvaltningPlans = z.infer<typeof ForvaltningPlans>;
/** GET /dev/users: the development identities (local mode). */
export const DevUsers = z.array(Caller);

/** GET and POST …/summaries/{summaryId}: a dated tertial summary with its overview, as stored. */
export const StoredSummary = Summary.extend(stored);

/** GET …/summaries: dated tertial summaries as listed, without their overview. */
export const SummaryListItem = Summary.pick({ id: true, year: true, period: true, createdAt: true, createdBy: true });
export type SummaryListItem = z.infer<typeof SummaryListItem>;
export const SummaryList = z.array(SummaryListItem);

/** One field's problem in a refused body: dotted path ("expectedResults.2"; "" for the whole body) and a Swedish message. */
export const FieldError = z.strictObject({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldError>;

/**
 * Every refusal: { error: { code, message, fields?, current?, requestId? } }; current is the newer
 * version on 412, requestId names the logged error of a 500.
 */
export const ErrorBody = z.strictObject({
  error: z.strictObject({
    code: z.string().min(1),
    message: z.string().min(1),
    fields: z.array(FieldError).optional(),
    current: z.unknown().optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
