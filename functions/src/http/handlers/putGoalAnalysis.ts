import type { HttpHandler } from '@azure/functions';
import { StoredGoalAnalysis } from '@vp/shared';
import { saveGoalAnalysis } from '../../app/overview/goalAnalyses';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam, periodParam, readJson, yearParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** PUT /api/forvaltningar/{forvaltningId}/analyses/{year}/{period}/{itemId} { analysis } with If-Match (none or * before the first save); itemId is the nämndmål's id */
export const putGoalAnalysis = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const ref = { forvaltningId: idParam(req, 'forvaltningId'), year: yearParam(req), period: periodParam(req), goalId: idParam(req, 'itemId') };
    const saved = await saveGoalAnalysis(services.store, caller, ref, req.headers.get('if-match'), await readJson(req));
    return jsonOf(200, StoredGoalAnalysis, saved, { etag: saved.eTag });
  });
