import { z } from 'zod';
import { ApprovalAction, ApprovalKind, ApprovalState } from './approvalStates';
import { Actor } from './audit';
import { Id, LongText, ShortText, Year } from './common';
import { ChannelId, GroupId } from './organisation';
import { Period } from './report';

/**
 * The approval of one subject: a unit's plan for a year, a unit's period report, or the förvaltning's
 * tertial summary for a period. Its id says which (approvalId), so two first actions at once cannot both
 * create it. No record yet: the subject is a draft (utkast), version 1.
 */
export const Approval = z.strictObject({
  id: Id,
  subject: ApprovalKind,
  forvaltningId: Id,
  /** null for the summary */
  unitId: Id.nullable(),
  year: Year,
  /** null for the plan */
  period: Period.nullable(),
  state: ApprovalState,
  /** 1, and one more each time an approved subject is reopened: the approved versions stay readable in the history */
  version: z.number().int().min(1),
  changedAt: z.iso.datetime(),
  changedBy: Actor,
});
export type Approval = z.infer<typeof Approval>;

/** What the approver confirms and the card shows: counted from the subject as it is at the action. */
export const ApprovalDigest = z.strictObject({
  /** e.g. "Hägerstensåsens förskolor – Tertialrapport 1 2024" */
  title: ShortText,
  goals: z.number().int().min(0),
  indicators: z.number().int().min(0),
  activities: z.number().int().min(0),
  /** reports and the summary: entries filled in of those to report (the report's progress) */
  progress: z.strictObject({ filled: z.number().int().min(0), total: z.number().int().min(0) }).nullable(),
  /** reports and the summary: goals assessed helt / delvis / inte uppfyllda, and not assessed */
  assessed: z.strictObject({ fully: z.number().int().min(0), partly: z.number().int().min(0), not: z.number().int().min(0), none: z.number().int().min(0) }).nullable(),
  /** reports and the summary: indicators whose value is below (or, for "lower is better", above) target, values formatted as the tab shows them */
  belowTarget: z.array(z.strictObject({ indicatorId: Id, name: ShortText, value: z.string(), target: z.string() })).max(200).nullable(),
});
export type ApprovalDigest = z.infer<typeof ApprovalDigest>;

/** One step taken: who submitted, approved, returned or reopened, when, with what comment, and what it looked like. */
export const ApprovalEvent = z.strictObject({
  id: Id,
  approvalId: Id,
  subject: ApprovalKind,
  forvaltningId: Id,
  unitId: Id.nullable(),
  year: Year,
  period: Period.nullable(),
  action: ApprovalAction,
  from: ApprovalState,
  to: ApprovalState,
  /** the version acted on (a reopening starts version + 1) */
  version: z.number().int().min(1),
  at: z.iso.datetime(),
  by: Actor,
  comment: LongText,
  /** the client's Idempotency-Key: the same request again answers with this step instead of taking another */
  requestKey: Id,
  digest: ApprovalDigest,
  /** on approve: the approved content as the API read it (plan tree, report view or summary), readable after a reopening */
  snapshot: z.unknown().optional(),
});
export type ApprovalEvent = z.infer<typeof ApprovalEvent>;

/**
 * An outgoing channel message, stored in the same write as the step it tells of (the outbox):
 * noTeams – the unit has no Team and channel linked (local mode): kept, never sent;
 * pending – waiting to be sent (retryAt: not before); sending – an attempt has started and not been
 * marked, so a resend first reads the channel back; sent; failed – given up until someone tries again.
 */
export const ChannelPostState = z.enum(['noTeams', 'pending', 'sending', 'sent', 'failed']);
export type ChannelPostState = z.infer<typeof ChannelPostState>;

export const ChannelPost = z.strictObject({
  /** the event's id: one post per step, whatever retries */
  id: Id,
  eventId: Id,
  approvalId: Id,
  forvaltningId: Id,
  unitId: Id.nullable(),
  year: Year,
  teamId: GroupId.nullable(),
  channelId: ChannelId.nullable(),
  /** the Adaptive Card (1.5) exactly as posted */
  card: z.record(z.string(), z.unknown()),
  /** the leader it is posted as (delegated ChannelMessage.Send) */
  postedBy: Actor,
  state: ChannelPostState,
  attempts: z.number().int().min(0),
  lastError: z.string().max(2_000).nullable(),
  retryAt: z.iso.datetime().nullable(),
  /** Graph's chatMessage id once sent */
  messageId: z.string().max(200).nullable(),
  sentAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type ChannelPost = z.infer<typeof ChannelPost>;

// --- API ---

/** POST …/approval: the step to take; a comment is required to return, optional otherwise. Header Idempotency-Key, and If-Match once a record exists. */
export const ApprovalRequest = z.strictObject({
  action: ApprovalAction,
  comment: LongText.default(''),
});
export type ApprovalRequest = z.infer<typeof ApprovalRequest>;

/** GET/POST …/approval: where the subject stands, what this caller may do, its history and its channel posts. */
export const ApprovalView = Approval.pick({ subject: true, forvaltningId: true, unitId: true, year: true, period: true, state: true, version: true }).extend({
  approvalId: Id,
  /** null before the first step: send If-Match: * (or none) then */
  eTag: z.string().min(1).nullable(),
  /** the actions the caller may take now (approvalStep ok), so the tab shows only those */
  allowed: z.array(ApprovalAction),
  /** the subject as it is now, for the confirmation */
  digest: ApprovalDigest,
  /** newest first, without snapshots */
  history: z.array(ApprovalEvent.omit({ snapshot: true })),
  /** newest first */
  posts: z.array(ChannelPost),
});
export type ApprovalView = z.infer<typeof ApprovalView>;

/** GET /api/approvals?year=: the state of every plan and report the caller sees (a unit's, or all units' for the avdelningschef). */
export const ApprovalStatusRow = Approval.pick({ subject: true, forvaltningId: true, unitId: true, year: true, period: true, state: true, version: true }).extend({
  approvalId: Id,
  unitName: ShortText.nullable(),
  changedAt: z.iso.datetime().nullable(),
  changedBy: Actor.nullable(),
});
export type ApprovalStatusRow = z.infer<typeof ApprovalStatusRow>;

/** Why something waits for the caller: to approve (or receive), returned to them, or not submitted near its deadline. */
export const TodoReason = z.enum(['toApprove', 'returned', 'dueSoon']);
export type TodoReason = z.infer<typeof TodoReason>;

/** GET /api/todo: Att göra, what waits for the caller, most urgent first. */
export const TodoItem = ApprovalStatusRow.extend({
  reason: TodoReason,
  /** the deadline the item is due by (dueSoon), ISO date */
  dueDate: z.iso.date().nullable(),
  /** the returning comment (returned) */
  comment: LongText.nullable(),
});
export type TodoItem = z.infer<typeof TodoItem>;
