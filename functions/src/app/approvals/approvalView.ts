import { ApprovalAction, approvalStep, type ApprovalDigest, type ApprovalState, type ApprovalView, type Caller, type Store } from '@vp/shared';
import type { ApprovalNow } from './approvalNow';
import { readHistory, readPosts } from './approvalHistory';
import type { ResolvedSubject } from './approvalSubject';
import { readApproval } from './readApproval';
import { readSubjectContent } from './subjectContent';

/** The actions approvalStep lets the caller take now (a return's comment is asked for in the dialog, so it is not held against it here). */
export function allowedActions(caller: Caller | null, subject: ResolvedSubject, state: ApprovalState): ApprovalAction[] {
  if (caller === null) return [];
  return ApprovalAction.options.filter((action) => approvalStep(caller, subject.subject, state, action, 'kommentar').ok);
}

/** GET …/approval: where the subject stands, what the caller may do, the subject's digest now, its history and channel posts. */
export async function approvalView(store: Store, caller: Caller | null, subject: ResolvedSubject, known?: { now?: ApprovalNow; digest?: ApprovalDigest }): Promise<ApprovalView> {
  const [now, digest, history, posts] = await Promise.all([
    known?.now ?? readApproval(store, subject),
    known?.digest ?? readSubjectContent(store, subject).then((c) => c.digest),
    readHistory(store, subject),
    readPosts(store, subject),
  ]);
  return {
    approvalId: subject.approvalId,
    subject: subject.ref.kind,
    forvaltningId: subject.forvaltningId,
    unitId: subject.unitId,
    year: subject.year,
    period: subject.period,
    state: now.state,
    version: now.version,
    eTag: now.eTag,
    allowed: allowedActions(caller, subject, now.state),
    digest,
    history,
    posts,
  };
}
