import type { HttpHandler } from '@azure/functions';
import { SkaUnitAssessmentView } from '@vp/shared';
import { readUnitAssessment } from '../../app/ska/unitAssessment';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { unitSkaParams } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/units/{unitId}/ska/{scope}/{year}: the unit's own self-assessment against the förvaltning's criteria (a draft before its first score) */
export const getUnitSka = (services: Services): HttpHandler =>
  handle(async (req) => {
    const where = unitSkaParams(req);
    await assertReader(services, req);
    const read = await readUnitAssessment(services.store, where);
    return jsonOf(200, SkaUnitAssessmentView, read, read.eTag === null ? {} : { etag: read.eTag });
  });
