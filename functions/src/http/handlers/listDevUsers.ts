import type { HttpHandler } from '@azure/functions';
import type { Services } from '../../app/services';
import { handle, json } from '../respond';

/** GET /api/dev/users: the development identities to choose from (local mode only; empty otherwise) */
export const listDevUsers = (services: Services): HttpHandler => handle(async () => json(200, services.devUsers));
