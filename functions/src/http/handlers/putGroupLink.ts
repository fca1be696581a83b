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
 * PUT /api/units/{unitId}/group and /api/forvaltningar/{forvaltningId}/group { groupId, channelId? } with
 * If-Match: the unit's Team, the förvaltning's leadership group (null: none), and the channel the tab is
 * configured in (null: none; absent: kept). The links are read again at once.
 */
export const putGroupLink =
  (kind: Linkable) =>
  (services: Services): HttpHandler =>
    handle(async (req) => {
      const who = await linker(services, req);
      const id = idParam(req, linkables[kind].param);
      const link = validate(GroupLink, await readJson(req));
      const item = await linkGroup(services.store, who, kind, id, link, req.headers.get('if-match'));
      services.links?.changed();
      return jsonOf(200, linkables[kind].schema, item, { etag: item.eTag });
    });
