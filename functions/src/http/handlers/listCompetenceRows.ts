import type { HttpHandler } from '@azure/functions';
import { CompetenceRowList } from '@vp/shared';
import { listCompetenceRows as list } from '../../app/competence/rows';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam, yearParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/competence/{year}: the competence-supply plan's rows, avdelning by avdelning */
export const listCompetenceRows = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return jsonOf(200, CompetenceRowList, await list(services.store, idParam(req, 'forvaltningId'), yearParam(req)));
  });
