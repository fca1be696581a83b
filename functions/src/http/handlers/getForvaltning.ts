import type { HttpHandler } from '@azure/functions';
import { StoredForvaltning } from '@vp/shared';
import { findForvaltning } from '../../app/organisation';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/forvaltningar/{forvaltningId} */
export const getForvaltning = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return jsonOf(200, StoredForvaltning, await findForvaltning(services.store, idParam(req, 'forvaltningId')));
  });
