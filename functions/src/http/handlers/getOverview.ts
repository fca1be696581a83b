import type { HttpHandler } from '@azure/functions';
import { Overview } from '@vp/shared';
import { readOverview } from '../../app/overview/readOverview';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam, periodParam, yearQuery } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/overview?year=YYYY&period=T1|T2|VB */
export const getOverview = (services: Services): HttpHandler => {
  const followUp = services.followUp;
  return handle(async (req) => {
    await assertReader(services, req);
    return jsonOf(200, Overview, await readOverview(services.store, idParam(req, 'forvaltningId'), yearQuery(req), periodParam(req), new Date(), followUp));
  });
};
