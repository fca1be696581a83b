import { z } from 'zod';
import { Id, Year } from './common';

export const Actor = z.strictObject({ id: z.string().min(1), name: z.string().min(1) });
export type Actor = z.infer<typeof Actor>;

export const FieldChange = z.strictObject({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.infer<typeof FieldChange>;

/** One write: who, when, what changed. */
export const AuditEntry = z.strictObject({
  id: Id,
  at: z.iso.datetime(),
  actor: Actor,
  action: z.enum(['create', 'update', 'delete']),
  kind: z.string(),
  itemId: Id,
  forvaltningId: Id.nullable(),
  unitId: Id.nullable(),
  year: Year.nullable(),
  changes: z.array(FieldChange),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
