import type { HttpHandler } from '@azure/functions';
import { Caller } from '@vp/shared';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { handle, jsonOf } from '../respond';

/** GET /api/me: who the API thinks is calling */
export const getMe = (services: Services): HttpHandler => handle(async (req) => jsonOf(200, Caller, await writer(services, req)));
