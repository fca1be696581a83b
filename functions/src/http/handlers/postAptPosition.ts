import type { HttpHandler } from '@azure/functions';
import { StoredAptMeeting } from '@vp/shared';
import { moveTo } from '../../app/apt/meetings';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam, readJson } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** POST /api/apt/{meetingId}/position { currentItemId }: the presenter shows this point (no If-Match: the last presenter wins) */
export const postAptPosition = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const meetingId = idParam(req, 'meetingId');
    const saved = await moveTo(services.store, caller, meetingId, await readJson(req));
    return jsonOf(200, StoredAptMeeting, saved, { etag: saved.eTag });
  });
