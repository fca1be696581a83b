import { createHash } from 'node:crypto';
import type { ApprovalRef } from './approvalRef';

/** Ids are at most 100 characters (the Id schema): a longer one is replaced by its hash, with the prefix. */
function fitted(id: string, prefix: string): string {
  return id.length <= 100 ? id : `${prefix}.${createHash('sha256').update(id).digest('hex').slice(0, 40)}`;
}

/**
 * One approval per subject: its id says which, so two first steps at once cannot both create the
 * record (the second gets CONFLICT from the store).
 */
export function approvalId(ref: ApprovalRef): string {
  switch (ref.kind) {
    case 'unitPlan':
      return fitted(`unitPlan.${ref.unitId}.${ref.year}`, 'approval');
    case 'unitReport':
      return fitted(`unitReport.${ref.unitId}.${ref.year}.${ref.period}`, 'approval');
    case 'summary':
      return fitted(`summary.${ref.forvaltningId}.${ref.year}.${ref.period}`, 'approval');
  }
}

/**
 * One event per approval and Idempotency-Key: the same request sent twice (a retry, a double click)
 * names the same event, so the store refuses the second creation and the step is taken once.
 */
export function approvalEventId(approvalId: string, requestKey: string): string {
  return fitted(`${approvalId}.${requestKey}`, 'approvalEvent');
}
