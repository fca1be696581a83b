import type { HttpHandler } from '@azure/functions';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idQuery } from '../requestParts';
import { handle, json } from '../respond';

/** GET /api/units[?forvaltningId=…] */
export const listUnits = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    const forvaltningId = idQuery(req, 'forvaltningId');
    return json(200, await services.store.list('unit', { forvaltningId }));
  });
