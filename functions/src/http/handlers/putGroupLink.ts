import type { HttpHandler } from '@azure/functions';
import { GroupLink, StoredForvaltning, StoredUnit } from '@vp/shared';
import { linkGroup, type Linkable } from '../../app/linkGroup';
import type { Services } from '../../app/services';
import { validate } from '../../app/validate';
import { linker } from '../caller';
import { idParam, readJson } from '../requestParts';
import { handle, jsonOf } from '../respond';

const linkables = {
  unit: { param: 'unitId', schema: StoredUnit },
  forvaltning: { param: 'forvaltningId', schema: StoredForvaltning },
} as const;

/**
 * PUT /api/units/{unitId}/group and /api/forvaltningar/{forvaltningId}/group { groupId } with If-Match:
 * the unit's Team, the förvaltning's leadership group (null: none). The links are read again at once.
 */
export const putGroupLink =
  (kind: Linkable) =>
  (services: Services): HttpHandler =>
    handle(async (req) => {
      const who = await linker(services, req);
      const id = idParam(req, linkables[kind].param);
      const { groupId } = validate(GroupLink, await readJson(req));
      const item = await linkGroup(services.store, who, kind, id, groupId, req.headers.get('if-match'));
      services.links?.changed();
      return jsonOf(200, linkables[kind].schema, item, { etag: item.eTag });
    });
