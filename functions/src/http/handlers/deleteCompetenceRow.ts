import type { HttpHandler } from '@azure/functions';
import { removeCompetenceRow } from '../../app/competence/rows';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam, yearParam } from '../requestParts';
import { handle } from '../respond';

/** DELETE /api/forvaltningar/{forvaltningId}/competence/{year}/{rowId} with If-Match: removes the row (avdelningschef) */
export const deleteCompetenceRow = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    await removeCompetenceRow(services.store, caller, idParam(req, 'forvaltningId'), yearParam(req), idParam(req, 'rowId'), req.headers.get('if-match'));
    return { status: 204, headers: { 'cache-control': 'no-store' } };
  });
