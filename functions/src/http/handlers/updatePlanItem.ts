import type { HttpHandler } from '@azure/functions';
import type { Services } from '../../app/services';
import { updatePlanItem as update } from '../../app/updatePlanItem';
import { writer } from '../caller';
import { collectionParam, idParam, readJson, scopeParam } from '../requestParts';
import { handle, stored } from '../respond';

/** PATCH …/plans/{year}/{collection}/{itemId} with If-Match */
export const updatePlanItem = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const body = await readJson(req);
    const item = await update(services.store, caller, scopeParam(req), collectionParam(req), idParam(req, 'itemId'), req.headers.get('if-match'), body);
    return stored(200, item);
  });
