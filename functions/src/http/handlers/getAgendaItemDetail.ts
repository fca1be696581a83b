import type { HttpHandler } from '@azure/functions';
import { AgendaItemDetail } from '@vp/shared';
import { readItemDetail } from '../../app/apt/itemDetail';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/apt/{meetingId}/items/{agendaItemId}: what the stage shows of one agenda point */
export const getAgendaItemDetail = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await assertReader(services, req);
    return jsonOf(200, AgendaItemDetail, await readItemDetail(services.store, caller, idParam(req, 'meetingId'), idParam(req, 'agendaItemId')));
  });
