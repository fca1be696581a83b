import type { HttpHandler } from '@azure/functions';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { handle, json } from '../respond';

/** GET /api/forvaltningar */
export const listForvaltningar = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return json(200, await services.store.list('forvaltning'));
  });
