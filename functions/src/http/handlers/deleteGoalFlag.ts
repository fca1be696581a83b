import type { HttpHandler } from '@azure/functions';
import { removeFlag } from '../../app/apt/flags';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { idParam } from '../requestParts';
import { handle } from '../respond';

/** DELETE /api/units/{unitId}/apt/flags/{flagId} with If-Match: takes the flag back */
export const deleteGoalFlag = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    await removeFlag(services.store, caller, idParam(req, 'unitId'), idParam(req, 'flagId'), req.headers.get('if-match'));
    return { status: 204, headers: { 'cache-control': 'no-store' } };
  });
