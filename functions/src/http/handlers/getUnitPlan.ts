import type { HttpHandler } from '@azure/functions';
import type { Services } from '../../app/services';
import { planReaderFor } from '../../store/planReader';
import { assertReader } from '../caller';
import { planResponse } from '../planResponse';
import { idParam, yearParam } from '../requestParts';
import { handle } from '../respond';

/** GET /api/units/{unitId}/plans/{year}: the unit's whole plan as one tree, with its ETag (304 on If-None-Match) */
export const getUnitPlan = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return planResponse(req, planReaderFor(services.store), { unitId: idParam(req, 'unitId'), year: yearParam(req) });
  });
