import type { HttpHandler } from '@azure/functions';
import type { Services } from '../../app/services';
import { planReaderFor } from '../../store/planReader';
import { assertReader } from '../caller';
import { planResponse } from '../planResponse';
import { idParam, yearParam } from '../requestParts';
import { handle } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/plans/{year}: the goals every unit inherits, with their ETag (304 on If-None-Match) */
export const getForvaltningPlan = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return planResponse(req, planReaderFor(services.store), { forvaltningId: idParam(req, 'forvaltningId'), year: yearParam(req) });
  });
