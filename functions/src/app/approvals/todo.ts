import { approvalDeadline, approvalStep, isDueSoon, type ApprovalStatusRow, type ApprovalSubject, type Caller, type Store, type TodoItem } from '@vp/shared';
import { approvalStatus } from './approvalStatus';

function subjectOf(row: ApprovalStatusRow): ApprovalSubject {
  return row.subject === 'summary' ? { kind: 'summary', forvaltningId: row.forvaltningId } : { kind: row.subject, unit: { id: row.unitId!, forvaltningId: row.forvaltningId } };
}

const rank: Record<TodoItem['reason'], number> = { toApprove: 0, returned: 1, dueSoon: 2 };

/**
 * GET /todo?year=: Att göra, what waits for the caller, by approvalStep's rules:
 * - toApprove: submitted items the caller approves (the rektor their units' plans and reports, the
 *   avdelningschef the summary); and for the avdelningschef the unit reports the rektor approved, which
 *   they receive and may return, until the summary of that period is approved;
 * - returned: returned items the caller submits again, with the returning comment;
 * - dueSoon: drafts the caller submits whose deadline (approvalDeadline) is at most 14 days away or passed.
 * Approvals first (oldest first), then returned items, then by deadline. today: an ISO date.
 */
export async function todo(store: Store, caller: Caller | null, year: number, today: string): Promise<TodoItem[]> {
  if (caller === null || caller.role === 'lasare') return [];
  const rows = await approvalStatus(store, caller, year);
  const summaryApproved = new Set(rows.filter((r) => r.subject === 'summary' && r.state === 'approved').map((r) => `${r.forvaltningId} ${r.period}`));
  const may = (row: ApprovalStatusRow, action: 'approve' | 'return' | 'submit') => approvalStep(caller, subjectOf(row), row.state, action, 'kommentar').ok;

  const items: TodoItem[] = [];
  for (const row of rows) {
    const item = { ...row, dueDate: null, comment: null };
    if (row.state === 'submitted' && may(row, 'approve')) items.push({ ...item, reason: 'toApprove' });
    else if (row.state === 'approved' && row.subject === 'unitReport' && may(row, 'return') && !summaryApproved.has(`${row.forvaltningId} ${row.period}`)) items.push({ ...item, reason: 'toApprove' });
    else if (row.state === 'returned' && may(row, 'submit')) items.push({ ...item, reason: 'returned' });
    else if (row.state === 'draft' && may(row, 'submit')) {
      const deadline = approvalDeadline(row.subject, row.year, row.period);
      if (isDueSoon(deadline, today)) items.push({ ...item, reason: 'dueSoon', dueDate: deadline });
    }
  }
  await Promise.all(items.filter((i) => i.reason === 'returned').map(async (i) => (i.comment = await returningComment(store, i))));
  return items.sort((a, b) => rank[a.reason] - rank[b.reason] || (a.dueDate ?? a.changedAt ?? '').localeCompare(b.dueDate ?? b.changedAt ?? ''));
}

/** The comment of the step that returned the item last. */
async function returningComment(store: Store, row: ApprovalStatusRow): Promise<string> {
  const { forvaltningId, unitId, year, period } = row;
  const events = await store.list('approvalEvent', { forvaltningId, unitId, year, ...(period !== null && { period }) });
  const returns = events.filter((e) => e.approvalId === row.approvalId && e.action === 'return').sort((a, b) => b.at.localeCompare(a.at));
  return returns[0]?.comment ?? '';
}
