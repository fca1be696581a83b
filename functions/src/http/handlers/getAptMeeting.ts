import type { HttpHandler } from '@azure/functions';
import { AptMeetingView } from '@vp/shared';
import { assertReadsApt } from '../../app/apt/aptAccess';
import { readMeetingView } from '../../app/apt/meetingViews';
import { AppError } from '../../app/errors';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { noneMatchHits } from '../planResponse';
import { idParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/**
 * GET /api/apt/{meetingId}: the meeting and its notes, oldest first, with an ETag covering both; 304
 * without a body while If-None-Match names it (the presentation polls this about once a second).
 */
export const getAptMeeting = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await assertReader(services, req);
    const meetingId = idParam(req, 'meetingId');
    const found = await readMeetingView(services.store, meetingId);
    if (!found) throw new AppError('NOT_FOUND', `APT-mötet "${meetingId}" finns inte`);
    assertReadsApt(caller, found.view.meeting.forvaltningId);
    const ifNoneMatch = req.headers.get('if-none-match');
    const headers = { etag: found.eTag, 'cache-control': 'private, no-cache' };
    if (ifNoneMatch !== null && noneMatchHits(ifNoneMatch, found.eTag)) return { status: 304, headers };
    return jsonOf(200, AptMeetingView, found.view, headers);
  });
