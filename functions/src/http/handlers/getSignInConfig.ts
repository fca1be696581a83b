import type { HttpHandler } from '@azure/functions';
import { SignInConfig } from '@vp/shared';
import type { Services } from '../../app/services';
import { handle, jsonOf } from '../respond';

/** GET /api/signin: how the tab signs in; asked before any sign-in, so it needs none (public values only). */
export const getSignInConfig = (services: Services): HttpHandler => handle(async () => jsonOf(200, SignInConfig, services.signIn));
