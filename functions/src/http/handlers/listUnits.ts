import type { HttpHandler } from '@azure/functions';
import { GroupId, UnitList } from '@vp/shared';
import { z } from 'zod';
import { linkableUnits } from '../../app/linkGroup';
import { validate } from '../../app/validate';
import type { Services } from '../../app/services';
import { assertReader, linker, readable } from '../caller';
import { idQuery } from '../requestParts';
import { handle, jsonOf } from '../respond';

const LinkableQuery = z.strictObject({ linkableTo: GroupId });

/**
 * GET /api/units[?forvaltningId=…]: the units the caller may read; GET /api/units?linkableTo={groupId}:
 * the units the signed-in person may link to that Team (no caller needed: a rektor linking a first unit).
 */
export const listUnits = (services: Services): HttpHandler =>
  handle(async (req) => {
    if (req.query.has('linkableTo')) {
      const who = await linker(services, req);
      const { linkableTo } = validate(LinkableQuery, Object.fromEntries(req.query.entries()));
      return jsonOf(200, UnitList, await linkableUnits(services.store, who, linkableTo));
    }
    const caller = await assertReader(services, req);
    const forvaltningId = idQuery(req, 'forvaltningId');
    return jsonOf(200, UnitList, readable(caller, await services.store.list('unit', { forvaltningId }), (unit) => unit.forvaltningId));
  });
