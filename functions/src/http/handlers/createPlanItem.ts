import type { HttpHandler } from '@azure/functions';
import { createPlanItem as create } from '../../app/createPlanItem';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { collectionParam, readJson, scopeParam } from '../requestParts';
import { handle, stored } from '../respond';

/** POST …/plans/{year}/{collection} */
export const createPlanItem = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const body = await readJson(req);
    return stored(201, await create(services.store, caller, scopeParam(req), collectionParam(req), body));
  });
