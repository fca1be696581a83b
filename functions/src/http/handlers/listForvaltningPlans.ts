import type { HttpHandler } from '@azure/functions';
import { ForvaltningPlans } from '@vp/shared';
import { forvaltningPlans } from '../../app/forvaltningPlans';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/plans: the förvaltning's plans of every kind, for choosing one */
export const listForvaltningPlans = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return jsonOf(200, ForvaltningPlans, await forvaltningPlans(services.store, idParam(req, 'forvaltningId')));
  });
