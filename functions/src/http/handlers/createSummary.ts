import type { HttpHandler } from '@azure/functions';
import { assertMaySummarise, createSummary as create } from '../../app/overview/summaries';
import type { Services } from '../../app/services';
import { actorOf } from '../../app/updatePlanItem';
import { writer } from '../caller';
import { idParam, periodParam, yearQuery } from '../requestParts';
import { handle, json } from '../respond';

/** POST /api/forvaltningar/{forvaltningId}/summaries?year=YYYY&period=…: a dated tertial summary now */
export const createSummary = (services: Services): HttpHandler => {
  const followUp = services.followUp;
  return handle(async (req) => {
    const caller = await writer(services, req);
    const forvaltningId = idParam(req, 'forvaltningId');
    assertMaySummarise(caller, forvaltningId);
    return json(201, await create(services.store, actorOf(caller), forvaltningId, yearQuery(req), periodParam(req), new Date(), followUp));
  });
};
