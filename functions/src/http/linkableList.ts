import type { HttpRequest } from '@azure/functions';
import { GroupId, type ItemOf, type Stored } from '@vp/shared';
import { z } from 'zod';
import { linkableTo, type Linkable } from '../app/linkGroup';
import type { Services } from '../app/services';
import { validate } from '../app/validate';
import { linker } from './caller';

const LinkableQuery = z.strictObject({ linkableTo: GroupId });

/**
 * ?linkableTo={groupId} on GET /units and /forvaltningar: what the signed-in person may link to that group.
 * Asked as a linker, not a reader: someone nothing is linked to yet has no caller.
 */
export async function linkableList<K extends Linkable>(services: Services, req: HttpRequest, kind: K): Promise<Stored<ItemOf<K>>[]> {
  const who = await linker(services, req);
  const { linkableTo: groupId } = validate(LinkableQuery, Object.fromEntries(req.query.entries()));
  return linkableTo(services.store, who, kind, groupId);
}
