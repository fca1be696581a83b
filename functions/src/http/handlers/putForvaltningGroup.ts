import type { HttpHandler } from '@azure/functions';
import { GroupLink, StoredForvaltning } from '@vp/shared';
import { linkForvaltningGroup } from '../../app/linkGroup';
import type { Services } from '../../app/services';
import { validate } from '../../app/validate';
import { linker } from '../caller';
import { idParam, readJson } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** PUT /api/forvaltningar/{forvaltningId}/group { groupId } with If-Match: the leadership group (null: none) */
export const putForvaltningGroup = (services: Services): HttpHandler =>
  handle(async (req) => {
    const who = await linker(services, req);
    const forvaltningId = idParam(req, 'forvaltningId');
    const { groupId } = validate(GroupLink, await readJson(req));
    const forvaltning = await linkForvaltningGroup(services.store, who, forvaltningId, groupId, req.headers.get('if-match'));
    services.links?.changed();
    return jsonOf(200, StoredForvaltning, forvaltning, { etag: forvaltning.eTag });
  });
