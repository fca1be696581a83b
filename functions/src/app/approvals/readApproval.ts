import type { Store } from '@vp/shared';
import { reportId } from '../reports/reportId';
import { approvalNow, type ApprovalNow } from './approvalNow';
import type { ResolvedSubject } from './approvalSubject';

/** The subject's approval now: the record, or draft version 1 when none exists (see approvalNow). */
export async function readApproval(store: Store, subject: ResolvedSubject): Promise<ApprovalNow> {
  const { ref } = subject;
  const [record, header] = await Promise.all([
    store.get('approval', subject.approvalId),
    ref.kind === 'unitReport' ? store.get('report', reportId(ref.unitId, ref.year, ref.period)) : Promise.resolve(null),
  ]);
  return approvalNow(record, header);
}
