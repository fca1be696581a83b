import type { HttpHandler } from '@azure/functions';
import { SkaPlanView } from '@vp/shared';
import { readSkaPlan } from '../../app/ska/plan';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { skaParams } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/ska/{scope}/{year}: the plan for systematic quality work, totals and averages computed */
export const getSkaPlan = (services: Services): HttpHandler =>
  handle(async (req) => {
    const { forvaltningId, scope, year } = skaParams(req);
    await assertReader(services, req);
    return jsonOf(200, SkaPlanView, await readSkaPlan(services.store, forvaltningId, scope, year));
  });
