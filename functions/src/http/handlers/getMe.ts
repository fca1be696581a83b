import type { HttpHandler } from '@azure/functions';
import type { Services } from '../../app/services';
import { writer } from '../caller';
import { handle, json } from '../respond';

/** GET /api/me: who the API thinks is calling */
export const getMe = (services: Services): HttpHandler => handle(async (req) => json(200, await writer(services, req)));
