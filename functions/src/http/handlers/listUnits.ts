import type { HttpHandler } from '@azure/functions';
import { UnitList } from '@vp/shared';
import type { Services } from '../../app/services';
import { assertReader, readable } from '../caller';
import { linkableList } from '../linkableList';
import { idQuery } from '../requestParts';
import { handle, jsonOf } from '../respond';

/**
 * GET /api/units[?forvaltningId=…]: the units the caller may read; GET /api/units?linkableTo={groupId}:
 * the units the signed-in person may link to that Team (no caller needed: a rektor linking a first unit).
 */
export const listUnits = (services: Services): HttpHandler =>
  handle(async (req) => {
    if (req.query.has('linkableTo')) return jsonOf(200, UnitList, await linkableList(services, req, 'unit'));
    const caller = await assertReader(services, req);
    const forvaltningId = idQuery(req, 'forvaltningId');
    return jsonOf(200, UnitList, readable(caller, await services.store.list('unit', { forvaltningId }), (unit) => unit.forvaltningId));
  });
