import type { HttpHandler } from '@azure/functions';
import { Id } from '@vp/shared';
import { z } from 'zod';
import type { Services } from '../../app/services';
import { validate } from '../../app/validate';
import { assertReader } from '../caller';
import { handle, json } from '../respond';

const AuditQuery = z.strictObject({
  forvaltningId: Id.optional(),
  unitId: Id.optional(),
  itemId: Id.optional(),
  // digits only: Number() would read "0x10" as 16 and " 5" as 5
  limit: z
    .string()
    .regex(/^[0-9]{1,4}$/, 'Ange ett antal 1–1000')
    .transform(Number)
    .pipe(z.number().int().min(1, 'Ange ett antal 1–1000').max(1000, 'Ange ett antal 1–1000'))
    .optional(),
});

/** GET /api/audit?unitId=…|forvaltningId=…|itemId=…&limit=…: who changed what, newest first */
export const listAudit = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    const filter = validate(AuditQuery, Object.fromEntries(req.query.entries()));
    return json(200, await services.store.listAudit(filter));
  });
