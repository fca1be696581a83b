import type { HttpHandler } from '@azure/functions';
import { StoredGoalFlag } from '@vp/shared';
import { flagGoal } from '../../app/apt/flags';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam, readJson } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** POST /api/units/{unitId}/apt/flags { year, goalId, reason }: flags a goal of the unit's plan for the next APT */
export const createGoalFlag = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const unitId = idParam(req, 'unitId');
    const created = await flagGoal(services.store, caller, unitId, await readJson(req));
    return jsonOf(201, StoredGoalFlag, created, { etag: created.eTag });
  });
