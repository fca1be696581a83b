import type { HttpHandler } from '@azure/functions';
import { Me } from '@vp/shared';
import type { Services } from '../../app/services';
import { signedIn } from '../caller';
import { handle, jsonOf } from '../respond';

/** GET /api/me: who the API thinks is calling and what they may do; any valid sign-in gets an answer */
export const getMe = (services: Services): HttpHandler => handle(async (req) => jsonOf(200, Me, await signedIn(services, req)));
