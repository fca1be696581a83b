import type { HttpHandler } from '@azure/functions';
import { StoredAptMeeting } from '@vp/shared';
import { endMeeting } from '../../app/apt/meetings';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** POST /api/apt/{meetingId}/end: ends the meeting; its flagged goals count as discussed */
export const endAptMeeting = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const saved = await endMeeting(services.store, caller, idParam(req, 'meetingId'));
    return jsonOf(200, StoredAptMeeting, saved, { etag: saved.eTag });
  });
