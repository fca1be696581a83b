import type { HttpHandler } from '@azure/functions';
import { PlanList } from '@vp/shared';
import { findUnit } from '../../app/organisation';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/units/{unitId}/plans: the unit's plans (one per year), newest first */
export const listUnitPlans = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    const unit = await findUnit(services.store, idParam(req, 'unitId'));
    const plans = await services.store.list('plan', { forvaltningId: unit.forvaltningId, unitId: unit.id });
    return jsonOf(200, PlanList, plans.sort((a, b) => b.year - a.year));
  });
