import type { HttpHandler } from '@azure/functions';
import { readUnitPlan } from '../../app/readPlan';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { yearParam } from '../requestParts';
import { handle, json } from '../respond';

/** GET /api/units/{unitId}/plans/{year}: the unit's whole plan as one tree */
export const getUnitPlan = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return json(200, await readUnitPlan(services.store, req.params.unitId!, yearParam(req)));
  });
