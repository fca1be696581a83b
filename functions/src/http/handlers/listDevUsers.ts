import type { HttpHandler } from '@azure/functions';
import { DevUsers } from '@vp/shared';
import type { Services } from '../../app/services';
import { handle, jsonOf } from '../respond';

/** GET /api/dev/users: the development identities to choose from (local mode only; empty otherwise) */
export const listDevUsers = (services: Services): HttpHandler => handle(async () => jsonOf(200, DevUsers, services.devUsers));
