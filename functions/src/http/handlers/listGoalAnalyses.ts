import type { HttpHandler } from '@azure/functions';
import { GoalAnalysisList } from '@vp/shared';
import { listGoalAnalyses as list } from '../../app/overview/goalAnalyses';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam, periodParam, yearParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/analyses/{year}/{period}: the förvaltning's analyses of its nämndmål for the period */
export const listGoalAnalyses = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return jsonOf(200, GoalAnalysisList, await list(services.store, idParam(req, 'forvaltningId'), yearParam(req), periodParam(req)));
  });
