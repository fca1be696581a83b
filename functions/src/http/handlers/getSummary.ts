import type { HttpHandler } from '@azure/functions';
import { StoredSummary } from '@vp/shared';
import { findSummary } from '../../app/overview/summaries';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { idParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/forvaltningar/{forvaltningId}/summaries/{summaryId} */
export const getSummary = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    return jsonOf(200, StoredSummary, await findSummary(services.store, idParam(req, 'forvaltningId'), idParam(req, 'summaryId')));
  });
