import type { HttpHandler } from '@azure/functions';
import { GoalAptNotes } from '@vp/shared';
import { goalNotes } from '../../app/apt/notes';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam, yearQuery } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/units/{unitId}/apt/notes?year=: the APTs' notes and decisions about the plan's goals, newest first */
export const listGoalAptNotes = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return jsonOf(200, GoalAptNotes, await goalNotes(services.store, idParam(req, 'unitId'), yearQuery(req)));
  });
