import type { HttpHandler } from '@azure/functions';
import { collections } from '@vp/shared';
import { readPlanItem } from '../../app/readPlanItem';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { collectionParam, idParam, scopeParam } from '../requestParts';
import { handle, stored } from '../respond';

/** GET …/plans/{year}/{collection}/{itemId}: one item with its current eTag (e.g. after a 412) */
export const getPlanItem = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    const item = await readPlanItem(services.store, scopeParam(req), collections[collectionParam(req)].kind, idParam(req, 'itemId'));
    return stored(200, item);
  });
