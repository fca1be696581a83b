import { randomUUID } from 'node:crypto';
import { SkaArea, SkaAreaCreate, SkaAreaUpdate, type Caller, type SkaScope, type Store, type Stored } from '@vp/shared';
import { AppError } from '../errors';
import { actorOf } from '../updatePlanItem';
import { assertStorableSize, validate } from '../validate';
import { requireIfMatch } from '../requireIfMatch';
import { assertSkaEditor, staleAware } from './guard';

type Where = { forvaltningId: string; scope: SkaScope; year: number };

/** Adds a förbättrings- or utvecklingsområde to the förvaltning's plan; order defaults to after the last of its type. */
export async function createSkaArea(store: Store, caller: Caller, where: Where, body: unknown): Promise<Stored<SkaArea>> {
  const request = validate(SkaAreaCreate, body);
  const owner = { forvaltningId: where.forvaltningId, unitId: null };
  await assertSkaEditor(store, caller, owner);
  const existing = (await store.list('skaArea', { ...owner, year: where.year })).filter((a) => a.scope === where.scope);
  const sameType = existing.filter((a) => a.type === request.type);
  const { order, ...fields } = request;
  const area = validate(SkaArea, {
    id: randomUUID(),
    ...owner,
    year: where.year,
    scope: where.scope,
    order: order ?? Math.max(-1, ...(sameType.length > 0 ? sameType : existing).map((a) => a.order)) + 1,
    ...fields,
  });
  assertStorableSize(area);
  return store.create('skaArea', area, actorOf(caller));
}

async function findArea(store: Store, where: Where, areaId: string): Promise<Stored<SkaArea>> {
  const area = await store.get('skaArea', areaId);
  if (!area || area.forvaltningId !== where.forvaltningId || area.scope !== where.scope || area.year !== where.year) {
    throw new AppError('NOT_FOUND', `Området "${areaId}" finns inte i planen för systematiskt kvalitetsarbete ${where.year}`);
  }
  return area;
}

/** Changes exactly the fields the body names (followUp as a whole), if nobody changed the area since ifMatch. */
export async function updateSkaArea(store: Store, caller: Caller, where: Where, areaId: string, ifMatch: string | null, body: unknown): Promise<Stored<SkaArea>> {
  const patch = validate(SkaAreaUpdate, body);
  const current = await findArea(store, where, areaId);
  await assertSkaEditor(store, caller, current);
  const etag = requireIfMatch(ifMatch, 'området');
  const { eTag: _, ...stored } = current;
  const next = validate(SkaArea, { ...stored, ...patch });
  assertStorableSize(next);
  return staleAware(
    () => store.update('skaArea', next, etag, actorOf(caller)),
    () => store.get('skaArea', areaId),
  );
}

/** Removes an area (with If-Match); a stale one is answered 412 with the area as it is now. */
export async function removeSkaArea(store: Store, caller: Caller, where: Where, areaId: string, ifMatch: string | null): Promise<void> {
  const current = await findArea(store, where, areaId);
  await assertSkaEditor(store, caller, current);
  const etag = requireIfMatch(ifMatch, 'området');
  await staleAware(
    () => store.remove('skaArea', areaId, etag, actorOf(caller)),
    () => store.get('skaArea', areaId),
  );
}
