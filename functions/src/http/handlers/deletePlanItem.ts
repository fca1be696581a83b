import type { HttpHandler } from '@azure/functions';
import { deletePlanItem as remove } from '../../app/deletePlanItem';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { collectionParam, idParam, scopeParam } from '../requestParts';
import { handle } from '../respond';

/** DELETE …/plans/{year}/{collection}/{itemId} with If-Match; deletes what hangs under it too */
export const deletePlanItem = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    await remove(services.store, caller, scopeParam(req), collectionParam(req), idParam(req, 'itemId'), req.headers.get('if-match'));
    return { status: 204 };
  });
