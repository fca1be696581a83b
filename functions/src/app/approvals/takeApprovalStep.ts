import {
  ApprovalRequest,
  approvalStep,
  canRead,
  isStoreError,
  type Approval,
  type ApprovalEvent,
  type ApprovalRefusal,
  type ApprovalView,
  type Caller,
  type Store,
  type Write,
} from '@vp/shared';
import { postPlaceOf, postWriteFor } from '../../channel/approvalPosts';
import type { ChannelServices } from '../../channel/channelServices';
import { AppError, type AppErrorCode } from '../errors';
import { actorOf, staleError } from '../updatePlanItem';
import { validate } from '../validate';
import { approvalEventId } from './approvalId';
import type { ApprovalNow } from './approvalNow';
import type { ApprovalRef } from './approvalRef';
import { resolveSubject, type ResolvedSubject } from './approvalSubject';
import { approvalView } from './approvalView';
import { readApproval } from './readApproval';
import { readSubjectContent } from './subjectContent';

const refusalCode: Record<ApprovalRefusal, AppErrorCode> = { forbidden: 'FORBIDDEN', conflict: 'CONFLICT', commentRequired: 'VALIDATION' };

/** What the client sent besides the body: the approval's eTag (If-Match) and the request's Idempotency-Key (an Id, checked by the handler). */
export interface StepHeaders {
  ifMatch: string | null;
  requestKey: string;
}

/** How a step is told in the channel: the post is written with it, and sent (sendPost, with the caller's token) once written. */
export interface StepChannel {
  channel?: ChannelServices;
  /** the written post's first attempt; the rest goes on in the background (sendAfterStep) */
  sendPost?: (postId: string) => Promise<void>;
}

/**
 * POST …/approval: takes one step of the subject's approval (approvalStep decides; 403, 409 or 400 with
 * its reason) and answers the view after it. The event, its channel post (approve and return: the
 * outbox) and the approval record are one writeMany, the record last: it is what commits the step (its
 * If-Match, or for the first step its creation under the subject's one id), so of two steps taken at
 * once from the same state only one is written, with one post. The event's id (and its post's) is the
 * approval's and the Idempotency-Key's: the same request again answers the view as it is, without a
 * second step or post, also when its If-Match is stale by then.
 */
export async function takeApprovalStep(store: Store, caller: Caller, ref: ApprovalRef, headers: StepHeaders, body: unknown, told: StepChannel = {}): Promise<ApprovalView> {
  const request = validate(ApprovalRequest, body);
  const subject = await resolveSubject(store, ref);
  if (!canRead(caller, subject.forvaltningId)) throw new AppError('FORBIDDEN', 'Du kan bara hantera planer och uppföljningar i din egen förvaltning.');
  const eventId = approvalEventId(subject.approvalId, headers.requestKey);
  if (await store.get('approvalEvent', eventId)) return approvalView(store, caller, subject);

  const now = await readApproval(store, subject);
  await assertCurrent(store, caller, subject, now, headers.ifMatch);
  const step = approvalStep(caller, subject.subject, now.state, request.action, request.comment);
  if (!step.ok) {
    const fields = step.refusal === 'commentRequired' ? [{ field: 'comment', message: step.reason }] : undefined;
    throw new AppError(refusalCode[step.refusal], step.reason, fields ? { fields } : {});
  }
  const { digest, content } = await readSubjectContent(store, subject);
  if (ref.kind === 'summary' && content === null) {
    throw new AppError('CONFLICT', `Det finns ingen sammanställning för ${ref.period} ${ref.year} än. Ta fram den först, sedan kan den skickas in och godkännas.`);
  }

  // Strictly after the previous step, so the history's order is the order the steps were taken in.
  const at = new Date(Math.max(Date.now(), now.changedAt === null ? 0 : Date.parse(now.changedAt) + 1)).toISOString();
  const actor = actorOf(caller);
  const scope = { forvaltningId: subject.forvaltningId, unitId: subject.unitId, year: subject.year, period: subject.period };
  const event: ApprovalEvent = {
    id: eventId,
    approvalId: subject.approvalId,
    subject: ref.kind,
    ...scope,
    action: request.action,
    from: now.state,
    to: step.next,
    version: now.version,
    at,
    by: actor,
    comment: request.comment,
    requestKey: headers.requestKey,
    digest,
    // What was approved stays readable after a reopening starts the next version.
    ...(request.action === 'approve' && { snapshot: content }),
  };
  const record: Approval = {
    id: subject.approvalId,
    subject: ref.kind,
    ...scope,
    state: step.next,
    version: request.action === 'reopen' ? now.version + 1 : now.version,
    changedAt: at,
    changedBy: actor,
  };
  const post = postWriteFor(event, await postPlaceOf(store, subject), told.channel);
  const writes: Write[] = [
    { op: 'create', kind: 'approvalEvent', item: event },
    ...(post ? [post] : []),
    now.eTag === null ? { op: 'create', kind: 'approval', item: record } : { op: 'update', kind: 'approval', item: record, ifMatch: now.eTag },
  ];
  try {
    await store.writeMany(writes, actor);
  } catch (e) {
    if (!isStoreError(e, 'PRECONDITION_FAILED') && !isStoreError(e, 'CONFLICT')) throw e;
    // The same request got in first (its event exists): answered as taken. Another step got in first: 412 with it.
    if (await store.get('approvalEvent', eventId)) return approvalView(store, caller, subject);
    throw staleError(await approvalView(store, caller, subject));
  }
  // Sent once written, before answering: the view shows it sent, waiting or failed. It never undoes the step.
  if (post?.item.state === 'pending') await told.sendPost?.(post.item.id);
  return approvalView(store, caller, subject);
}

/** If-Match: the record's eTag once it exists (428 without, 412 with the view as it is when stale); none or * before. */
async function assertCurrent(store: Store, caller: Caller, subject: ResolvedSubject, now: ApprovalNow, ifMatch: string | null): Promise<void> {
  if (now.eTag === null) {
    if (ifMatch && ifMatch !== '*') throw staleError(await approvalView(store, caller, subject, { now }));
    return;
  }
  if (!ifMatch) throw new AppError('PRECONDITION_REQUIRED', 'If-Match saknas: skicka med godkännandets eTag från när du läste det, så att ingen annans steg skrivs över');
  if (ifMatch !== now.eTag) throw staleError(await approvalView(store, caller, subject, { now }));
}
