import type { HttpHandler } from '@azure/functions';
import { CompetenceFollowUpView } from '@vp/shared';
import { readCompetenceFollowUp } from '../../app/competence/followUp';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam, periodParam, yearParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/competence/{year}/followup/{period}: every row's status and comment in the period, and the roll-up */
export const getCompetenceFollowUp = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    const view = await readCompetenceFollowUp(services.store, idParam(req, 'forvaltningId'), yearParam(req), periodParam(req));
    return jsonOf(200, CompetenceFollowUpView, view, { etag: view.eTag });
  });
