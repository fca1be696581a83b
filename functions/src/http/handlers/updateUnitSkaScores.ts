import type { HttpHandler } from '@azure/functions';
import { SkaUnitAssessmentView } from '@vp/shared';
import { updateUnitScores } from '../../app/ska/unitAssessment';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { readJson, unitSkaParams } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** PATCH /api/units/{unitId}/ska/{scope}/{year}: sets or clears the unit's scores named (the first write creates it, then If-Match) */
export const updateUnitSkaScores = (services: Services): HttpHandler =>
  handle(async (req) => {
    const where = unitSkaParams(req);
    const caller = await writer(services, req);
    const saved = await updateUnitScores(services.store, caller, where, req.headers.get('if-match'), await readJson(req));
    return jsonOf(200, SkaUnitAssessmentView, saved, { etag: saved.eTag! });
  });
