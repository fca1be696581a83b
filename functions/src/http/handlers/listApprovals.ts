import type { HttpHandler } from '@azure/functions';
import { ApprovalStatusRow } from '@vp/shared';
import { z } from 'zod';
import { approvalStatus } from '../../app/approvals/approvalStatus';
import type { Services } from '../../app/services';
import { assertReader } from '../caller';
import { yearQuery } from '../requestParts';
import { handle, jsonOf } from '../respond';

/** GET /api/approvals?year=YYYY: the state of every plan, report and summary the caller reads */
export const listApprovals = (services: Services): HttpHandler =>
  handle(async (req) => {
    const caller = await assertReader(services, req);
    return jsonOf(200, z.array(ApprovalStatusRow), await approvalStatus(services.store, caller, yearQuery(req)));
  });
