import type { HttpHandler } from '@azure/functions';
import { StoredSkaAnalysis } from '@vp/shared';
import { updateSkaAnalysis as update } from '../../app/ska/analysis';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { readJson, skaParams } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** PATCH /api/forvaltningar/{forvaltningId}/ska/{scope}/{year}/analysis: the perspectives named (If-Match once stored) */
export const updateSkaAnalysis = (services: Services): HttpHandler =>
  handle(async (req) => {
    const where = skaParams(req);
    const caller = await writer(services, req);
    const saved = await update(services.store, caller, where, req.headers.get('if-match'), await readJson(req));
    return jsonOf(200, StoredSkaAnalysis, saved, { etag: saved.eTag });
  });
