import type { HttpHandler } from '@azure/functions';
import { ApprovalView, type ApprovalKind } from '@vp/shared';
import { takeApprovalStep } from '../../app/approvals/takeApprovalStep';
import type { Services } from '../../app/services';
import { actorOf } from '../../app/updatePlanItem';
import { sendAfterStep } from '../../channel/approvalPosts';
import { bearerToken } from '../../identity/bearerToken';
import { approvalRefParam } from '../approvalRefParam';
import { writer } from '../caller';
import { idempotencyKey, readJson } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** POST …/approval { action, comment } with Idempotency-Key, and If-Match once the approval has a record: takes one step. */
export const postApproval =
  (kind: ApprovalKind) =>
  (services: Services): HttpHandler =>
    handle(async (req, context) => {
      const caller = await writer(services, req);
      const ref = approvalRefParam(req, kind);
      const requestKey = idempotencyKey(req);
      // The approving leader's token, kept in memory only: their channel post is sent on their behalf.
      const token = bearerToken(req.headers);
      const sendPost = (postId: string) =>
        sendAfterStep(services.channel, postId, token.kind === 'token' ? token.token : null, actorOf(caller), (error) => context.error(`Kanalmeddelandet ${postId} kunde inte skickas`, error));
      const headers = { ifMatch: req.headers.get('if-match'), requestKey };
      const view = await takeApprovalStep(services.store, caller, ref, headers, await readJson(req), { channel: services.channel, sendPost });
      return jsonOf(200, ApprovalView, view, view.eTag ? { etag: view.eTag } : {});
    });
