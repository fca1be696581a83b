import type { HttpHandler } from '@azure/functions';
import { StoredAptMeeting } from '@vp/shared';
import { updateMeeting } from '../../app/apt/meetings';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam, readJson } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** PATCH /api/apt/{meetingId} { date?, title?, agenda? } with If-Match: changes what it names (rektor, avdelningschef) */
export const updateAptMeeting = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const meetingId = idParam(req, 'meetingId');
    const saved = await updateMeeting(services.store, caller, meetingId, req.headers.get('if-match'), await readJson(req));
    return jsonOf(200, StoredAptMeeting, saved, { etag: saved.eTag });
  });
