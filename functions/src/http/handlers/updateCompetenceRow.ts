import type { HttpHandler } from '@azure/functions';
import { StoredCompetenceRow } from '@vp/shared';
import { updateCompetenceRow as update } from '../../app/competence/rows';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam, readJson, yearParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** PATCH /api/forvaltningar/{forvaltningId}/competence/{year}/{rowId} with If-Match: changes what it names (avdelningschef) */
export const updateCompetenceRow = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const [forvaltningId, year, rowId] = [idParam(req, 'forvaltningId'), yearParam(req), idParam(req, 'rowId')];
    const saved = await update(services.store, caller, forvaltningId, year, rowId, req.headers.get('if-match'), await readJson(req));
    return jsonOf(200, StoredCompetenceRow, saved, { etag: saved.eTag });
  });
