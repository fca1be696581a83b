import { approvalStateLabel, editableStates, type Period, type Store } from '@vp/shared';
import { AppError } from '../errors';
import { approvalId } from './approvalId';
import { approvalNow, type ApprovalNow } from './approvalNow';

const what = { unitPlan: 'Planen', unitReport: 'Rapporten', summary: 'Sammanställningen' } as const;

/** Who can make a submitted or approved plan or report editable again, as approvalStep allows it. */
const whoReopens = {
  unitPlan: { submitted: 'Enhetens rektor kan återremittera den för ändring.', approved: 'Enhetens rektor kan öppna den igen.' },
  unitReport: {
    submitted: 'Enhetens rektor kan återremittera den för ändring.',
    approved: 'Enhetens rektor kan öppna den igen, och förvaltningens avdelningschef kan återremittera den.',
  },
  summary: { submitted: 'Förvaltningens avdelningschef kan återremittera den för ändring.', approved: 'Förvaltningens avdelningschef kan öppna den igen.' },
} as const;

/** A unit's plan or report, or the förvaltning's summary, is changed only while its approval is a draft or returned: 409 saying who can reopen it otherwise. */
export function assertEditable(kind: 'unitPlan' | 'unitReport' | 'summary', now: ApprovalNow): void {
  if (editableStates.includes(now.state)) return;
  const state = now.state as 'submitted' | 'approved';
  throw new AppError('CONFLICT', `${what[kind]} är ${approvalStateLabel[state].toLowerCase()} och kan inte ändras. ${whoReopens[kind][state]}`);
}

/** The lock on a unit's plan items for a year: its plan's approval. */
export async function assertPlanEditable(store: Store, unitId: string, year: number): Promise<void> {
  assertEditable('unitPlan', approvalNow(await store.get('approval', approvalId({ kind: 'unitPlan', unitId, year }))));
}

/** The lock on the förvaltning's summary of a period (a new dated summary, its analyses of the nämndmål): the summary's approval. */
export async function assertSummaryEditable(store: Store, forvaltningId: string, year: number, period: Period): Promise<void> {
  assertEditable('summary', approvalNow(await store.get('approval', approvalId({ kind: 'summary', forvaltningId, year, period }))));
}
