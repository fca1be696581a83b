import type { HttpHandler } from '@azure/functions';
import { StoredSkaArea } from '@vp/shared';
import { createSkaArea as create } from '../../app/ska/areas';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { readJson, skaParams } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** POST /api/forvaltningar/{forvaltningId}/ska/{scope}/{year}/areas: adds a förbättrings- or utvecklingsområde */
export const createSkaArea = (services: Services): HttpHandler =>
  handle(async (req) => {
    const where = skaParams(req);
    const caller = await writer(services, req);
    const created = await create(services.store, caller, where, await readJson(req));
    return jsonOf(201, StoredSkaArea, created, { etag: created.eTag });
  });
