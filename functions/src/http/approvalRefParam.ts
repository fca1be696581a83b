import type { HttpRequest } from '@azure/functions';
import type { ApprovalKind } from '@vp/shared';
import type { ApprovalRef } from '../app/approvals/approvalRef';
import { idParam, periodParam, yearParam } from './requestParts';

/** The approval a route names: …/plans/{year}/approval, …/reports/{period}/approval, …/summaries/{year}/{period}/approval. */
export function approvalRefParam(req: HttpRequest, kind: ApprovalKind): ApprovalRef {
  switch (kind) {
    case 'unitPlan':
      return { kind, unitId: idParam(req, 'unitId'), year: yearParam(req) };
    case 'unitReport':
      return { kind, unitId: idParam(req, 'unitId'), year: yearParam(req), period: periodParam(req) };
    case 'summary':
      return { kind, forvaltningId: idParam(req, 'forvaltningId'), year: yearParam(req), period: periodParam(req) };
  }
}
