import type { HttpHandler } from '@azure/functions';
import { ApprovalChanges, type ApprovalKind } from '@vp/shared';
import { resolveSubject } from '../../app/approvals/approvalSubject';
import { changesSinceApproval } from '../../app/approvals/changesSinceApproval';
import type { Services } from '../../app/services';
import { approvalRefParam } from '../approvalRefParam';
import { assertReader } from '../caller';
import { handle, jsonOf } from '../respond';

/** GET …/approval/changes: what differs from the version last approved */
export const getApprovalChanges =
  (kind: ApprovalKind) =>
  (services: Services): HttpHandler =>
    handle(async (req) => {
      await assertReader(services, req);
      const subject = await resolveSubject(services.store, approvalRefParam(req, kind));
      return jsonOf(200, ApprovalChanges, await changesSinceApproval(services.store, subject));
    });
