import type { HttpHandler } from '@azure/functions';
import { StoredAptMeeting } from '@vp/shared';
import { createMeeting } from '../../app/apt/meetings';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam, readJson } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** POST /api/units/{unitId}/apt { year, date, title? }: prepares the next APT (rektor, avdelningschef) */
export const createAptMeeting = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const unitId = idParam(req, 'unitId');
    const created = await createMeeting(services.store, caller, unitId, await readJson(req));
    return jsonOf(201, StoredAptMeeting, created, { etag: created.eTag });
  });
