import { z } from 'zod';
import type { Caller } from './identity';
import { approvalStateLabel } from './labels';
import { canEditForvaltning, canEditUnit } from './permissions';
import { ApprovalAction, ApprovalKind, ApprovalState } from './schemas/approvalStates';
import { Id } from './schemas/common';

export { ApprovalAction, ApprovalKind, ApprovalState } from './schemas/approvalStates';

/** The item acted on: a unit's plan or report names its unit, the summary its förvaltning. */
export const ApprovalSubject = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.enum(['unitPlan', 'unitReport']), unit: z.strictObject({ id: Id, forvaltningId: Id }) }),
  z.strictObject({ kind: z.literal('summary'), forvaltningId: Id }),
]);
export type ApprovalSubject = z.infer<typeof ApprovalSubject>;

/** Why a step is refused, for the API's status: forbidden 403, conflict (wrong state) 409, commentRequired 400. */
export const ApprovalRefusal = z.enum(['forbidden', 'conflict', 'commentRequired']);
export type ApprovalRefusal = z.infer<typeof ApprovalRefusal>;

export type ApprovalStep = { ok: true; next: ApprovalState } | { ok: false; refusal: ApprovalRefusal; reason: string };

/** A returned item is edited and submitted again just like a draft. */
export const editableStates: readonly ApprovalState[] = ['draft', 'returned'];

const nextState: Record<ApprovalAction, ApprovalState> = { submit: 'submitted', approve: 'approved', return: 'returned', reopen: 'draft' };

/** The approver: the unit's rektor for its plan and reports, the förvaltning's avdelningschef for its summary. */
function mayApprove(caller: Caller, subject: ApprovalSubject): boolean {
  if (subject.kind === 'summary') return canEditForvaltning(caller, subject.forvaltningId);
  return caller.role === 'rektor' && canEditUnit(caller, subject.unit);
}

/** The unit's staff and rektor submit its items: the avdelningschef may edit them but receives them, never sends them. */
function maySubmit(caller: Caller, subject: ApprovalSubject): boolean {
  if (subject.kind === 'summary') return canEditForvaltning(caller, subject.forvaltningId);
  return caller.role !== 'avdelningschef' && canEditUnit(caller, subject.unit);
}

/** The states the caller may take this action from; none: the caller may not take it at all. */
function allowedFrom(caller: Caller, subject: ApprovalSubject, action: ApprovalAction): readonly ApprovalState[] {
  switch (action) {
    case 'submit':
      return maySubmit(caller, subject) ? editableStates : [];
    case 'approve':
      return mayApprove(caller, subject) ? ['submitted'] : [];
    case 'reopen':
      return mayApprove(caller, subject) ? ['approved'] : [];
    case 'return':
      if (mayApprove(caller, subject)) return ['submitted'];
      // The avdelningschef receives the unit reports and may send one back, also after the rektor approved it.
      if (subject.kind === 'unitReport' && caller.role === 'avdelningschef' && canEditUnit(caller, subject.unit)) return ['submitted', 'approved'];
      return [];
  }
}

const noun: Record<ApprovalKind, string> = { unitPlan: 'enhetens plan', unitReport: 'enhetens rapport', summary: 'förvaltningens sammanställning' };
const verb: Record<ApprovalAction, string> = { submit: 'skicka in', approve: 'godkänna', return: 'återremittera', reopen: 'öppna igen' };

/** Who may take the action, as the refusal names them. */
function whoMay(kind: ApprovalKind, action: ApprovalAction): string {
  if (kind === 'summary') return 'förvaltningens avdelningschef';
  if (action === 'submit') return 'enhetens personal och rektor';
  if (action === 'return' && kind === 'unitReport') return 'enhetens rektor och förvaltningens avdelningschef';
  return 'enhetens rektor';
}

function refuse(refusal: ApprovalRefusal, reason: string): ApprovalStep {
  return { ok: false, refusal, reason };
}

const stateWord = (state: ApprovalState) => approvalStateLabel[state].toLowerCase();

/**
 * One step of the approval workflow: the next state, or why not, in Swedish. Pure; storing the step,
 * the new version a reopening starts and the history entry are the caller's.
 */
export function approvalStep(caller: Caller, subject: ApprovalSubject, state: ApprovalState, action: ApprovalAction, comment?: string): ApprovalStep {
  const what = noun[subject.kind];
  if (caller.role === 'lasare') return refuse('forbidden', `Som läsare kan du läsa ${what} men inte ${verb[action]} den.`);
  const from = allowedFrom(caller, subject, action);
  if (from.length === 0) return refuse('forbidden', `Bara ${whoMay(subject.kind, action)} kan ${verb[action]} ${what}.`);
  if (!from.includes(state)) {
    const when = from.map(stateWord).join(' eller ');
    return refuse('conflict', `Det går inte att ${verb[action]} ${what} när den är ${stateWord(state)}, bara när den är ${when}.`);
  }
  if (action === 'return' && !comment?.trim()) return refuse('commentRequired', `Skriv vad som behöver ändras när du återremitterar ${what}.`);
  return { ok: true, next: nextState[action] };
}
