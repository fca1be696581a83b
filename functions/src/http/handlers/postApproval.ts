import type { HttpHandler } from '@azure/functions';
import { ApprovalView, type ApprovalKind } from '@vp/shared';
import { takeApprovalStep } from '../../app/approvals/takeApprovalStep';
import type { Services } from '../../app/services';
import { approvalRefParam } from '../approvalRefParam';
import { writer } from '../caller';
import { idempotencyKey, readJson } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** POST …/approval { action, comment } with Idempotency-Key, and If-Match once the approval has a record: takes one step. */
export const postApproval =
  (kind: ApprovalKind) =>
  (services: Services): HttpHandler =>
    handle(async (req) => {
      const caller = await writer(services, req);
      const ref = approvalRefParam(req, kind);
      const requestKey = idempotencyKey(req);
      const view = await takeApprovalStep(services.store, caller, ref, { ifMatch: req.headers.get('if-match'), requestKey }, await readJson(req));
      return jsonOf(200, ApprovalView, view, view.eTag ? { etag: view.eTag } : {});
    });
