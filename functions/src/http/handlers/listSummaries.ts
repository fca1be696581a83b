import type { HttpHandler } from '@azure/functions';
import { listSummaries as list } from '../../app/overview/summaries';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam } from '../requestParts';
import { handle, json } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/summaries: dated summaries, newest first */
export const listSummaries = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return json(200, await list(services.store, idParam(req, 'forvaltningId')));
  });
