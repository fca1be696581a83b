import { z } from 'zod';
import { Id } from './schemas/common';

/**
 * Roles seen in the sources: personal (staff of a unit), rektor (head of a unit, approves the unit
 * plan) and avdelningschef (head of the förvaltning's department, acts for the whole förvaltning).
 */
export const Role = z.enum(['staff', 'rektor', 'avdelningschef']);
export type Role = z.infer<typeof Role>;

/** Who is calling the API. Unit roles carry their unit; avdelningschef acts for the förvaltning. */
export const Caller = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  role: Role,
  forvaltningId: Id,
  unitId: Id.nullable(),
});
export type Caller = z.infer<typeof Caller>;

/**
 * GET /api/me: who is signed in and what the API lets them do. A valid sign-in without a role or a
 * unit is still answered: caller is then null and reason says why, in Swedish.
 */
export const Me = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  caller: Caller.nullable(),
  reason: z.string().min(1).nullable(),
});
export type Me = z.infer<typeof Me>;
