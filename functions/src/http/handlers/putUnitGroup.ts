import type { HttpHandler } from '@azure/functions';
import { GroupLink, StoredUnit } from '@vp/shared';
import { linkUnitGroup } from '../../app/linkGroup';
import type { Services } from '../../app/services';
import { validate } from '../../app/validate';
import { linker } from '../caller';
import { idParam, readJson } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** PUT /api/units/{unitId}/group { groupId } with If-Match: the unit's Team (null: none) */
export const putUnitGroup = (services: Services): HttpHandler =>
  handle(async (req) => {
    const who = await linker(services, req);
    const unitId = idParam(req, 'unitId');
    const { groupId } = validate(GroupLink, await readJson(req));
    const unit = await linkUnitGroup(services.store, who, unitId, groupId, req.headers.get('if-match'));
    services.links?.changed();
    return jsonOf(200, StoredUnit, unit, { etag: unit.eTag });
  });
