import type { HttpHandler } from '@azure/functions';
import { SummaryList } from '@vp/shared';
import { listSummaries as list } from '../../app/overview/summaries';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/summaries: dated summaries, newest first */
export const listSummaries = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return jsonOf(200, SummaryList, await list(services.store, idParam(req, 'forvaltningId')));
  });
