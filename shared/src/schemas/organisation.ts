import { z } from 'zod';
import { Id, LongText, ShortText } from './common';

/** Förvaltning: the administration serving a committee (e.g. Hägersten-Älvsjö stadsdelsförvaltning). */
export const Forvaltning = z.strictObject({
  id: Id,
  name: ShortText,
  municipality: ShortText,
  committee: ShortText,
});
export type Forvaltning = z.infer<typeof Forvaltning>;

/** Förskola: one preschool building of a unit. */
export const Preschool = z.strictObject({
  name: ShortText,
  address: ShortText.optional(),
  children: z.number().int().min(0).optional(),
  note: ShortText.optional(),
});
export type Preschool = z.infer<typeof Preschool>;

/** Enhet: a unit led by a rektor, with its preschools. */
export const Unit = z.strictObject({
  id: Id,
  forvaltningId: Id,
  name: ShortText,
  description: LongText.default(''),
  preschools: z.array(Preschool).max(100),
  children: z.number().int().min(0).optional(),
  departments: z.number().int().min(0).optional(),
  staff: z.number().int().min(0).optional(),
});
export type Unit = z.infer<typeof Unit>;
