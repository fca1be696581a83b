import type { HttpHandler } from '@azure/functions';
import { ForvaltningList } from '@vp/shared';
import type { Services } from '../../app/services';
import { assertReader, readable } from '../caller';
import { linkableList } from '../linkableList';
import { handle, jsonOf } from '../respond';

/**
 * GET /api/forvaltningar: those the caller may read; GET /api/forvaltningar?linkableTo={groupId}: those the
 * signed-in person may link to that group (no caller needed: an Avdelningschef-role holder making the first link).
 */
export const listForvaltningar = (services: Services): HttpHandler =>
  handle(async (req) => {
    if (req.query.has('linkableTo')) return jsonOf(200, ForvaltningList, await linkableList(services, req, 'forvaltning'));
    const caller = await assertReader(services, req);
    return jsonOf(200, ForvaltningList, readable(caller, await services.store.list('forvaltning'), (forvaltning) => forvaltning.id));
  });
