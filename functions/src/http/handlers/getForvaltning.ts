import type { HttpHandler } from '@azure/functions';
import { findForvaltning } from '../../app/organisation';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam } from '../requestParts';
import { handle, json } from '../respond';

/** GET /api/forvaltningar/{forvaltningId} */
export const getForvaltning = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return json(200, await findForvaltning(services.store, idParam(req, 'forvaltningId')));
  });
