import type { HttpHandler } from '@azure/functions';
import { StoredCompetenceRow } from '@vp/shared';
import { createCompetenceRow as create } from '../../app/competence/rows';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam, readJson, yearParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** POST /api/forvaltningar/{forvaltningId}/competence/{year}: adds a row (avdelningschef) */
export const createCompetenceRow = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const created = await create(services.store, caller, idParam(req, 'forvaltningId'), yearParam(req), await readJson(req));
    return jsonOf(201, StoredCompetenceRow, created, { etag: created.eTag });
  });
