import type { HttpHandler } from '@azure/functions';
import { restoreItemVersion as restore } from '../../app/restoreItemVersion';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { collectionParam, idParam, scopeParam } from '../requestParts';
import { handle, stored } from '../respond';

/** POST …/plans/{year}/{collection}/{itemId}/versions/{versionId}/restore with If-Match of the current version */
export const restoreItemVersion = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const item = await restore(
      services.store,
      caller,
      scopeParam(req),
      collectionParam(req),
      idParam(req, 'itemId'),
      idParam(req, 'versionId'),
      req.headers.get('if-match'),
    );
    return stored(200, item);
  });
