import type { HttpHandler } from '@azure/functions';
import { StoredSkaArea } from '@vp/shared';
import { updateSkaArea as update } from '../../app/ska/areas';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam, readJson, skaParams } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** PATCH /api/forvaltningar/{forvaltningId}/ska/{scope}/{year}/areas/{areaId} with If-Match: changes the fields named */
export const updateSkaArea = (services: Services): HttpHandler =>
  handle(async (req) => {
    const [where, areaId] = [skaParams(req), idParam(req, 'areaId')];
    const caller = await writer(services, req);
    const saved = await update(services.store, caller, where, areaId, req.headers.get('if-match'), await readJson(req));
    return jsonOf(200, StoredSkaArea, saved, { etag: saved.eTag });
  });
