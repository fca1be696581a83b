import type { HttpHandler } from '@azure/functions';
import { GoalFlagList } from '@vp/shared';
import { listOpenFlags } from '../../app/apt/flags';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam, yearQuery } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/units/{unitId}/apt/flags?year=: goals flagged for the next APT, not yet discussed */
export const listGoalFlags = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return jsonOf(200, GoalFlagList, await listOpenFlags(services.store, idParam(req, 'unitId'), yearQuery(req)));
  });
