import type { HttpHandler } from '@azure/functions';
import { ForvaltningList } from '@vp/shared';
import type { Services } from '../../app/services';
import { assertReader, readable } from '../caller';
import { handle, jsonOf } from '../respond';

/** GET /api/forvaltningar */
export const listForvaltningar = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await assertReader(services, req);
    return jsonOf(200, ForvaltningList, readable(caller, await services.store.list('forvaltning'), (forvaltning) => forvaltning.id));
  });
