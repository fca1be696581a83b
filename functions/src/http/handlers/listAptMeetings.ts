import type { HttpHandler } from '@azure/functions';
import { AptMeetingList } from '@vp/shared';
import { listMeetings } from '../../app/apt/meetings';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam, yearQuery } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/units/{unitId}/apt?year=: the unit's APTs of the year, newest date first */
export const listAptMeetings = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return jsonOf(200, AptMeetingList, await listMeetings(services.store, idParam(req, 'unitId'), yearQuery(req)));
  });
