import type { HttpHandler } from '@azure/functions';
import { UnitList } from '@vp/shared';
import type { Services } from '../../app/services';
import { assertReader, readable } from '../caller';
import { idQuery } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/units[?forvaltningId=…] */
export const listUnits = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await assertReader(services, req);
    const forvaltningId = idQuery(req, 'forvaltningId');
    return jsonOf(200, UnitList, readable(caller, await services.store.list('unit', { forvaltningId }), (unit) => unit.forvaltningId));
  });
