import { z } from 'zod';
import { activityFields, endBeforeStartMessage, endNotBeforeStart } from './schemas/activity';
import { LongText, Lines, nodeFields } from './schemas/common';
import { goalFields } from './schemas/goal';
import { indicatorFields } from './schemas/indicator';
import { sectionFields } from './schemas/plan';
import type { NodeKind } from './kinds';

// Request bodies of the plan-item API. The server sets id, forvaltningId, unitId and year from the
// route; order defaults to "last"; free texts and lists default to empty.
const serverSet = { id: true, forvaltningId: true, unitId: true, year: true } as const;
const optionalOrder = { order: nodeFields.order.optional() };

const goalCreate = z
  .strictObject(goalFields)
  .omit(serverSet)
  .extend({
    ...optionalOrder,
    number: goalFields.number.default(null),
    description: LongText.default(''),
    expectedResults: Lines.default([]),
    workingMethods: LongText.default(''),
    resources: Lines.default([]),
    followUp: Lines.default([]),
    development: LongText.default(''),
  });
const indicatorCreate = z
  .strictObject(indicatorFields)
  .omit(serverSet)
  .extend({ ...optionalOrder, parentId: z.string().min(1), measureUnit: indicatorFields.measureUnit.default('') });
const activityBase = z
  .strictObject(activityFields)
  .omit(serverSet)
  .extend({
    ...optionalOrder,
    parentId: z.string().min(1),
    responsible: activityFields.responsible.default(''),
    resources: LongText.default(''),
  });
const sectionCreate = z.strictObject(sectionFields).omit(serverSet).extend({ ...optionalOrder, parentId: z.null().default(null) });

/** The API's collections of plan items, with the kind each stores and its body schemas. */
export const collections = {
  goals: {
    kind: 'goal',
    create: goalCreate,
    update: goalCreate.omit({ level: true }).partial(),
  },
  indicators: {
    kind: 'indicator',
    create: indicatorCreate,
    update: indicatorCreate.partial(),
  },
  activities: {
    kind: 'activity',
    create: activityBase.refine(endNotBeforeStart, endBeforeStartMessage),
    update: activityBase.partial().refine(endNotBeforeStart, endBeforeStartMessage),
  },
  sections: {
    kind: 'section',
    create: sectionCreate,
    update: sectionCreate.omit({ parentId: true }).partial(),
  },
} as const satisfies Record<string, { kind: NodeKind; create: z.ZodType; update: z.ZodType }>;

export type Collection = keyof typeof collections;
export const isCollection = (name: string): name is Collection => Object.hasOwn(collections, name);
