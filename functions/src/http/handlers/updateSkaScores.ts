import type { HttpHandler } from '@azure/functions';
import { SkaAssessmentView } from '@vp/shared';
import { updateSkaScores as update } from '../../app/ska/assessments';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam, readJson, skaParams } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** PATCH /api/forvaltningar/{forvaltningId}/ska/{scope}/{year}/assessments/{assessmentId} with If-Match: sets or clears the scores named */
export const updateSkaScores = (services: Services): HttpHandler =>
  handle(async (req) => {
    const [where, assessmentId] = [skaParams(req), idParam(req, 'assessmentId')];
    const caller = await writer(services, req);
    const saved = await update(services.store, caller, where, assessmentId, req.headers.get('if-match'), await readJson(req));
    return jsonOf(200, SkaAssessmentView, saved, { etag: saved.eTag });
  });
