import type { HttpHandler } from '@azure/functions';
import { StoredUnit } from '@vp/shared';
import { findUnit } from '../../app/organisation';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/units/{unitId} */
export const getUnit = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return jsonOf(200, StoredUnit, await findUnit(services.store, idParam(req, 'unitId')));
  });
