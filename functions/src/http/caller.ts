import type { HttpRequest } from '@azure/functions';
import { canRead, Id, type Caller, type Me } from '@vp/shared';
import { AppError, AuthenticationError } from '../app/errors';
import type { Linker } from '../app/linkGroup';
import type { Services } from '../app/services';

/** The signed-in person with their membership of groups (for linking units to Teams), or 401 with the reason and how to sign in. */
export async function linker(services: Services, req: HttpRequest): Promise<Linker> {
  const found = await services.identify(req.headers);
  if (!found.signedIn) throw new AuthenticationError(found.message, found.challenge);
  return { me: found.me, memberOf: found.memberOf };
}

/** The signed-in person, or 401 with the reason and how to sign in. */
export async function signedIn(services: Services, req: HttpRequest): Promise<Me> {
  return (await linker(services, req)).me;
}

/** The signed-in caller, or 401; 403 with the reason for someone signed in whom the app gives nothing. */
export async function writer(services: Services, req: HttpRequest): Promise<Caller> {
  return mayAct(await signedIn(services, req));
}

/**
 * Reads need a caller too, except in local mode (null: reading anonymously), and reach only the
 * förvaltning the caller may read (canRead): the one the route names, or its unit's. Lists are
 * narrowed by the handler.
 */
export async function assertReader(services: Services, req: HttpRequest): Promise<Caller | null> {
  const found = await services.identify(req.headers);
  if (!found.signedIn && services.anonymousReads) return null;
  if (!found.signedIn) throw new AuthenticationError(found.message, found.challenge);
  const caller = mayAct(found.me);
  const forvaltningId = await forvaltningNamed(services, req.params);
  if (forvaltningId !== null && !canRead(caller, forvaltningId)) throw new AppError('FORBIDDEN', cannotRead);
  return caller;
}

const cannotRead = 'Du kan bara läsa planer och uppföljningar i din egen förvaltning.';

/** The förvaltning a route names, or its unit belongs to; null when it names none (or one that does not exist: the handler says so). */
async function forvaltningNamed(services: Services, params: Record<string, string>): Promise<string | null> {
  // A malformed id is the handler's to refuse (400 naming it), before anything is looked up.
  const valid = (id: string | undefined): id is string => id !== undefined && Id.safeParse(id).data === id;
  if (params.forvaltningId !== undefined) return valid(params.forvaltningId) ? params.forvaltningId : null;
  const unitId = params.unitId;
  if (!valid(unitId)) return null;
  const known = (await services.links?.read())?.units.find((unit) => unit.id === unitId);
  return known?.forvaltningId ?? (await services.store.get('unit', unitId))?.forvaltningId ?? null;
}

/** Narrows a list to what the caller may read (all of it when reading anonymously in local mode). */
export function readable<T>(caller: Caller | null, items: readonly T[], forvaltningOf: (item: T) => string): T[] {
  return caller === null ? [...items] : items.filter((item) => canRead(caller, forvaltningOf(item)));
}

function mayAct(me: Me): Caller {
  if (!me.caller) throw new AppError('FORBIDDEN', me.reason ?? 'Du har inte behörighet i Verksamhetsplan');
  return me.caller;
}
