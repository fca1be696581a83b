import type { HttpRequest } from '@azure/functions';
import type { Caller } from '@vp/shared';
import { requireCaller } from '../app/planScope';
import type { Services } from '../app/services';

/** The signed-in caller, or 401. */
export async function writer(services: Services, req: HttpRequest): Promise<Caller> {
  return requireCaller(await services.identify(req.headers));
}

/** Reads need a caller too, except in local mode. */
export async function assertReader(services: Services, req: HttpRequest): Promise<void> {
  const caller = await services.identify(req.headers);
  if (!caller && !services.anonymousReads) requireCaller(caller);
}
