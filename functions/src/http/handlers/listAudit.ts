import type { HttpHandler } from '@azure/functions';
import { canRead, Id, type Caller } from '@vp/shared';
import { AppError } from '../../app/errors';
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

/**
 * The trail of the förvaltning the caller may read: someone who reads one förvaltning gets its entries
 * only (asking for another's is refused), a läsare every one.
 */
function readableAudit<F extends { forvaltningId?: string }>(caller: Caller | null, filter: F): F {
  if (caller === null || caller.role === 'lasare' || caller.forvaltningId === null) return filter;
  if (filter.forvaltningId !== undefined && !canRead(caller, filter.forvaltningId)) throw new AppError('FORBIDDEN', 'Du kan bara läsa historiken i din egen förvaltning.');
  return { ...filter, forvaltningId: caller.forvaltningId };
}

/** GET /api/audit?unitId=…|forvaltningId=…|itemId=…&limit=…: who changed what, newest first */
export const listAudit = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await assertReader(services, req);
    const filter = validate(AuditQuery, Object.fromEntries(req.query.entries()));
    return json(200, await services.store.listAudit(readableAudit(caller, filter)));
  });
