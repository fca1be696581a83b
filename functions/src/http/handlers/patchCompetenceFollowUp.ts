import type { HttpHandler } from '@azure/functions';
import { CompetenceFollowUpView } from '@vp/shared';
import { saveCompetenceFollowUp } from '../../app/competence/followUp';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam, periodParam, readJson, yearParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** PATCH /api/forvaltningar/{forvaltningId}/competence/{year}/followup/{period} with If-Match: the named rows' status and comment, all or none (avdelningschef) */
export const patchCompetenceFollowUp = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const [forvaltningId, year, period] = [idParam(req, 'forvaltningId'), yearParam(req), periodParam(req)];
    const view = await saveCompetenceFollowUp(services.store, caller, forvaltningId, year, period, req.headers.get('if-match'), await readJson(req));
    return jsonOf(200, CompetenceFollowUpView, view, { etag: view.eTag });
  });
