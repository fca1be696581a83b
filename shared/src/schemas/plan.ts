import { z } from 'zod';
import { Id, LongText, ShortText, Year, nodeFields } from './common';

/** Verksamhetsplan: one per unit and year. The goal tree and sections hang off (unitId, year). */
export const Plan = z.strictObject({
  id: Id,
  forvaltningId: Id,
  unitId: Id,
  year: Year,
  title: ShortText,
  author: ShortText.optional(),
});
export type Plan = z.infer<typeof Plan>;

/**
 * A free-text section of the plan outside the goal tree: inledning, verksamhetsbeskrivning,
 * ledningsorganisation, kvalitets- och utvecklingsarbete, … `key` is a stable slug.
 */
export const sectionFields = {
  ...nodeFields,
  key: z.string().trim().min(1).max(100).regex(/^[a-z0-9-]+$/, 'Endast a–z, siffror och bindestreck'),
  title: ShortText,
  text: LongText,
};
export const PlanSection = z.strictObject(sectionFields);
export type PlanSection = z.infer<typeof PlanSection>;
