import type { HttpHandler } from '@azure/functions';
import { ForvaltningList } from '@vp/shared';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { handle, jsonOf } from '../respond';

/** GET /api/forvaltningar */
export const listForvaltningar = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return jsonOf(200, ForvaltningList, await services.store.list('forvaltning'));
  });
