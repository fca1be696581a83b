import type { HttpRequest } from '@azure/functions';
import type { Caller, Me } from '@vp/shared';
import { AppError, AuthenticationError } from '../app/errors';
import type { Linker } from '../app/linkGroup';
import type { Services } from '../app/services';

/** The signed-in person, or 401 with the reason and how to sign in. */
export async function signedIn(services: Services, req: HttpRequest): Promise<Me> {
  const found = await services.identify(req.headers);
  if (!found.signedIn) throw new AuthenticationError(found.message, found.challenge);
  return found.me;
}

/** The signed-in person with their membership of groups, for linking units to Teams; 401 when nobody is signed in. */
export async function linker(services: Services, req: HttpRequest): Promise<Linker> {
  const found = await services.identify(req.headers);
  if (!found.signedIn) throw new AuthenticationError(found.message, found.challenge);
  return { me: found.me, memberOf: found.memberOf };
}

/** The signed-in caller, or 401; 403 with the reason for someone signed in whom the app gives nothing. */
export async function writer(services: Services, req: HttpRequest): Promise<Caller> {
  return mayAct(await signedIn(services, req));
}

/** Reads need a caller too, except in local mode. */
export async function assertReader(services: Services, req: HttpRequest): Promise<void> {
  const found = await services.identify(req.headers);
  if (!found.signedIn && services.anonymousReads) return;
  if (!found.signedIn) throw new AuthenticationError(found.message, found.challenge);
  mayAct(found.me);
}

function mayAct(me: Me): Caller {
  if (!me.caller) throw new AppError('FORBIDDEN', me.reason ?? 'Du har inte behörighet i Verksamhetsplan');
  return me.caller;
}
