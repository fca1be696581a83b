import type { HttpHandler } from '@azure/functions';
import { ApprovalView, type ApprovalKind } from '@vp/shared';
import { resolveSubject } from '../../app/approvals/approvalSubject';
import { approvalView } from '../../app/approvals/approvalView';
import type { Services } from '../../app/services';
import { approvalRefParam } from '../approvalRefParam';
import { assertReader } from '../caller';
import { handle, jsonOf } from '../respond';

/** GET …/plans/{year}/approval, …/reports/{period}/approval, /forvaltningar/{id}/summaries/{year}/{period}/approval */
export const getApproval =
  (kind: ApprovalKind) =>
  (services: Services): HttpHandler =>
    handle(async (req) => {
      const caller = await assertReader(services, req);
      const subject = await resolveSubject(services.store, approvalRefParam(req, kind));
      const view = await approvalView(services.store, caller, subject);
      return jsonOf(200, ApprovalView, view, view.eTag ? { etag: view.eTag } : {});
    });
