import type { ApprovalTarget } from '@vp/shared';

const part = encodeURIComponent;

/** The API path of a plan's, report's or summary's approval (GET the view, POST a step). */
export function approvalPath(target: ApprovalTarget): string {
  const { subject, unitId, forvaltningId, year, period } = target;
  if (subject === 'unitPlan' && unitId) return `/units/${part(unitId)}/plans/${year}/approval`;
  if (subject === 'unitReport' && unitId && period) return `/units/${part(unitId)}/plans/${year}/reports/${period}/approval`;
  if (subject === 'summary' && period) return `/forvaltningar/${part(forvaltningId)}/summaries/${year}/${period}/approval`;
  throw new Error(`Ofullständigt godkännande: ${JSON.stringify(target)}`);
}

/** What changed since the version last approved: GET beside the approval. */
export const approvalChangesPath = (target: ApprovalTarget): string => `${approvalPath(target)}/changes`;
