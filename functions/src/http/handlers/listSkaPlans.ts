import type { HttpHandler } from '@azure/functions';
import { SkaPlanRefList } from '@vp/shared';
import { listSkaPlans as list } from '../../app/ska/plan';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/ska: which plans for systematic quality work there are (scope and läsår) */
export const listSkaPlans = (services: Services): HttpHandler =>
  handle(async (req) => {
    const forvaltningId = idParam(req, 'forvaltningId');
    await assertReader(services, req);
    return jsonOf(200, SkaPlanRefList, await list(services.store, forvaltningId));
  });
