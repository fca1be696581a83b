import type { HttpHandler } from '@azure/functions';
import { removeSkaArea } from '../../app/ska/areas';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam, skaParams } from '../requestParts';
import { handle } from '../respond';

/** DELETE /api/forvaltningar/{forvaltningId}/ska/{scope}/{year}/areas/{areaId} with If-Match: removes the area */
export const deleteSkaArea = (services: Services): HttpHandler =>
  handle(async (req) => {
    const [where, areaId] = [skaParams(req), idParam(req, 'areaId')];
    const caller = await writer(services, req);
    await removeSkaArea(services.store, caller, where, areaId, req.headers.get('if-match'));
    return { status: 204, headers: { 'cache-control': 'no-store' } };
  });
