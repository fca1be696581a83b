import type { HttpHandler } from '@azure/functions';
import { ItemHistory } from '@vp/shared';
import { readItemHistory } from '../../app/itemHistory';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { collectionParam, idParam, scopeParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET …/plans/{year}/{collection}/{itemId}/versions: who changed the item when, and each version */
export const getItemHistory = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return jsonOf(200, ItemHistory, await readItemHistory(services.store, scopeParam(req), collectionParam(req), idParam(req, 'itemId')));
  });
