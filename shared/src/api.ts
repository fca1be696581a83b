import { z } from 'zod';
import { activityFields, endBeforeStartMessage, endNotBeforeStart } from './schemas/activity';
import { LongText, Lines, nodeFields } from './schemas/common';
import { goalFields } from './schemas/goal';
import { indicatorFields } from './schemas/indicator';
import { sectionFields } from './schemas/plan';
import type { NodeKind } from './kinds';

// Request bodies of the plan-item API. The server sets id, forvaltningId, unitId and year from the
// route. Creating: order defaults to "last"; free texts and lists default to empty. Updating: the
// item's own fields, all optional and without any default, so a PATCH changes exactly what it names
// (zod v4 applies a field's default even inside .partial(), which once wiped unnamed fields).
const serverSet = { id: true, forvaltningId: true, unitId: true, year: true } as const;
const optionalOrder = { order: nodeFields.order.optional() };
const parentGoal = { parentId: z.string().min(1) };

const goalItem = z.strictObject(goalFields).omit(serverSet);
const goalCreate = goalItem.extend({
  ...optionalOrder,
  number: goalFields.number.default(null),
  description: LongText.default(''),
  expectedResults: Lines.default([]),
  workingMethods: LongText.default(''),
  resources: Lines.default([]),
  followUp: Lines.default([]),
  development: LongText.default(''),
});
const indicatorItem = z.strictObject(indicatorFields).omit(serverSet).extend(parentGoal);
const indicatorCreate = indicatorItem.extend({
  ...optionalOrder,
  measureUnit: indicatorFields.measureUnit.default(''),
  applicableUnitIds: indicatorFields.applicableUnitIds.default(null),
});
const activityItem = z.strictObject(activityFields).omit(serverSet).extend(parentGoal);
const activityCreate = activityItem.extend({
  ...optionalOrder,
  responsible: activityFields.responsible.default(''),
  resources: LongText.default(''),
});
const sectionItem = z.strictObject(sectionFields).omit(serverSet);
const sectionCreate = sectionItem.extend({ ...optionalOrder, parentId: z.null().default(null) });

/** The API's collections of plan items, with the kind each stores and its body schemas. */
export const collections = {
  goals: {
    kind: 'goal',
    create: goalCreate,
    update: goalItem.omit({ level: true }).partial(),
  },
  indicators: {
    kind: 'indicator',
    create: indicatorCreate,
    update: indicatorItem.partial(),
  },
  activities: {
    kind: 'activity',
    create: activityCreate.refine(endNotBeforeStart, endBeforeStartMessage),
    update: activityItem.partial().refine(endNotBeforeStart, endBeforeStartMessage),
  },
  sections: {
    kind: 'section',
    create: sectionCreate,
    update: sectionItem.omit({ parentId: true }).partial(),
  },
} as const satisfies Record<string, { kind: NodeKind; create: z.ZodType; update: z.ZodType }>;

export type Collection = keyof typeof collections;
export const isCollection = (name: string): name is Collection => Object.hasOwn(collections, name);
