import type { HttpHandler } from '@azure/functions';
import { ChannelPost } from '@vp/shared';
import type { Services } from '../../app/services';
import { sendAgain } from '../../channel/sendAgain';
import { bearerToken } from '../../identity/bearerToken';
import { writer } from '../caller';
import { idParam } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** POST /api/posts/{postId}/send: send a pending or failed channel post now, as the caller. */
export const sendChannelPost = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await writer(services, req);
    const token = bearerToken(req.headers);
    const post = await sendAgain(services.store, services.channel, caller, idParam(req, 'postId'), token.kind === 'token' ? token.token : null);
    return jsonOf(200, ChannelPost, post);
  });
