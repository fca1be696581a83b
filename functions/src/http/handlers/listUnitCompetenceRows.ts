import type { HttpHandler } from '@azure/functions';
import { CompetenceRowList } from '@vp/shared';
import { listUnitCompetenceRows as list } from '../../app/competence/rows';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam, yearParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/units/{unitId}/competence/{year}: the förvaltning's competence-supply rows linked to a goal of the unit's plan */
export const listUnitCompetenceRows = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return jsonOf(200, CompetenceRowList, await list(services.store, idParam(req, 'unitId'), yearParam(req)));
  });
