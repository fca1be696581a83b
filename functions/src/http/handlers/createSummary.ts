import type { HttpHandler } from '@azure/functions';
import { StoredSummary } from '@vp/shared';
import { assertMaySummarise, createSummary as create } from '../../app/overview/summaries';
import type { Services } from '../../app/services';
import { actorOf } from '../../app/updatePlanItem';
import { writer } from '../caller';
import { idParam, periodParam, yearQuery } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** POST /api/forvaltningar/{forvaltningId}/summaries?year=YYYY&period=…: a dated tertial summary now */
export const createSummary = (services: Services): HttpHandler => {
  const followUp = services.followUp;
  return handle(async (req) => {
    const caller = await writer(services, req);
    const forvaltningId = idParam(req, 'forvaltningId');
    assertMaySummarise(caller, forvaltningId);
    return jsonOf(201, StoredSummary, await create(services.store, actorOf(caller), forvaltningId, yearQuery(req), periodParam(req), new Date(), followUp));
  });
};
