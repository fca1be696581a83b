import type { HttpHandler } from '@azure/functions';
import { readForvaltningPlan } from '../../app/readPlan';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { yearParam } from '../requestParts';
import { handle, json } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/plans/{year}: the goals every unit inherits */
export const getForvaltningPlan = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return json(200, await readForvaltningPlan(services.store, req.params.forvaltningId!, yearParam(req)));
  });
