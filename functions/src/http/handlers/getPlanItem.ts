import type { HttpHandler } from '@azure/functions';
import { collections } from '@vp/shared';
import { AppError } from '../../app/errors';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { collectionParam, scopeParam } from '../requestParts';
import { handle, stored } from '../respond';

/** GET …/plans/{year}/{collection}/{itemId}: one item with its current eTag (e.g. after a 412) */
export const getPlanItem = (services: Services): HttpHandler =>
  handle(async (req) => {
    await assertReader(services, req);
    const scope = scopeParam(req);
    const item = await services.store.get(collections[collectionParam(req)].kind, req.params.itemId!);
    const inScope =
      item !== null &&
      item.year === scope.year &&
      ('unitId' in scope ? item.unitId === null || item.unitId === scope.unitId : item.forvaltningId === scope.forvaltningId);
    if (!inScope) throw new AppError('NOT_FOUND', `Hittar inget med id "${req.params.itemId}" i planen`);
    return stored(200, item);
  });
