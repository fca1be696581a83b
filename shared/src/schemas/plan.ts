import { z } from 'zod';
import { Id, LongText, ShortText, Year, nodeFields } from './common';

/**
 * Verksamhetsplan: one per unit and year. The goal tree and sections hang off (unitId, year). A plan
 * for several years (Smedjebacken's förskola, 2020–2023) is stored under its first year and names its
 * last; follow-up stays per year.
 */
export const planFields = {
  id: Id,
  forvaltningId: Id,
  unitId: Id,
  year: Year,
  /** the last year a multi-year plan covers; absent: a one-year plan */
  lastYear: Year.optional(),
  title: ShortText,
  author: ShortText.optional(),
};

export function lastYearNotBeforeYear(p: { year?: number; lastYear?: number }): boolean {
  return p.year === undefined || p.lastYear === undefined || p.lastYear >= p.year;
}
export const lastYearBeforeYearMessage = { message: 'Planens sista år kan inte vara före dess första år', path: ['lastYear'] };

export const Plan = z.strictObject(planFields).refine(lastYearNotBeforeYear, lastYearBeforeYearMessage);
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
