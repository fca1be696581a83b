// Test helper of the approval panel and Att göra: an in-memory approval of one subject, stepping by the
// shared rules (approvalStep) as the API does, with If-Match, Idempotency-Key and the channel outbox. Not used by the app.
import {
  ApprovalAction,
  approvalCard,
  approvalDeepLink,
  approvalStep,
  type ApprovalDigest,
  type ApprovalEvent,
  type ApprovalState,
  type ApprovalSubject,
  type ApprovalTarget,
  type ApprovalView,
  type Caller,
  type ChannelPost,
  type ChannelPostState,
  type ContentChange,
} from '@vp/shared';
import { ApiError, type ApiClient } from '../api/client';

export const staff: Caller = { id: 'dev-personal-u1', name: 'Personal, Enhet Ett', role: 'staff', forvaltningId: 'f1', unitIds: ['u1'] };
export const rektor: Caller = { id: 'dev-rektor-u1', name: 'Rektor, Enhet Ett', role: 'rektor', forvaltningId: 'f1', unitIds: ['u1'] };
export const chef: Caller = { id: 'dev-chef', name: 'Avdelningschef', role: 'avdelningschef', forvaltningId: 'f1', unitIds: [] };

export const reportTarget: ApprovalTarget = { subject: 'unitReport', forvaltningId: 'f1', unitId: 'u1', year: 2026, period: 'T1' };

export const sampleDigest: ApprovalDigest = {
  title: 'Enhet Ett – Tertialrapport 1 2026',
  goals: 7,
  indicators: 4,
  activities: 9,
  progress: { filled: 12, total: 20 },
  assessed: { fully: 3, partly: 2, not: 1, none: 1 },
  belowTarget: [{ indicatorId: 'ind-ratio', name: 'Andel legitimerade förskollärare', value: '41,2 %', target: '≥ 50 %' }],
};

/** Where the fake's cards link: the tab's own page, as in local mode. */
export const tabUrl = 'http://127.0.0.1:7331/index.html';

const subjectOf = ({ subject, forvaltningId, unitId }: ApprovalTarget): ApprovalSubject =>
  subject === 'summary' ? { kind: subject, forvaltningId } : { kind: subject, unit: { id: unitId!, forvaltningId } };

const statusOf: Record<string, number> = { forbidden: 403, conflict: 409, commentRequired: 400 };

/**
 * One subject's approval in memory, acting as `as` (changeable): GET answers the view with the
 * caller's allowed steps, POST checks If-Match and the rules, answers a repeated Idempotency-Key with
 * the view it answered the first time, and on approve and return puts a card in the outbox (noTeams).
 */
export function createFakeApprovals({ as, target = reportTarget, state = 'draft' as ApprovalState }: { as: Caller; target?: ApprovalTarget; state?: ApprovalState }) {
  const subject = subjectOf(target);
  const calls: { method: string; action?: ApprovalAction; comment?: string; key?: string; eTag?: string | null; postId?: string }[] = [];
  const history: Omit<ApprovalEvent, 'snapshot'>[] = [];
  const posts: ChannelPost[] = [];
  const answers = new Map<string, ApprovalView>();
  let caller = as;
  let current = { state, version: 1, eTag: null as string | null };
  let stamp = 0;
  let failures: ApiError[] = [];
  // What the API would find changed since the last approval (once there is one).
  let changesSince: ContentChange[] = [];

  const at = () => new Date(Date.UTC(2026, 4, 4, 8, stamp++)).toISOString();
  const view = (): ApprovalView => ({
    approvalId: 'approval-1',
    subject: subject.kind,
    forvaltningId: 'f1',
    unitId: target.unitId,
    year: target.year,
    period: target.period,
    state: current.state,
    version: current.version,
    eTag: current.eTag,
    allowed: ApprovalAction.options.filter((a) => approvalStep(caller, subject, current.state, a, 'kommentar').ok),
    digest: sampleDigest,
    history: [...history].reverse(),
    posts: [...posts].reverse(),
  });

  function take(who: Caller, action: ApprovalAction, comment: string) {
    const step = approvalStep(who, subject, current.state, action, comment);
    if (!step.ok) throw new ApiError(statusOf[step.refusal]!, step.refusal.toUpperCase(), step.reason, [], step.refusal === 'conflict' ? view() : undefined);
    const event = eventOf(`event-${history.length + 1}`, who, action, step.next, comment);
    history.push(event);
    if (action === 'approve' || action === 'return') posts.push(post(event, 'noTeams'));
    current = { state: step.next, version: action === 'reopen' ? current.version + 1 : current.version, eTag: `"${history.length}"` };
  }

  const eventOf = (id: string, who: Caller, action: ApprovalAction, to: ApprovalState, comment: string): Omit<ApprovalEvent, 'snapshot'> => ({
    id,
    approvalId: 'approval-1',
    subject: subject.kind,
    forvaltningId: 'f1',
    unitId: target.unitId,
    year: target.year,
    period: target.period,
    action,
    from: current.state,
    to,
    version: current.version,
    at: at(),
    by: { id: who.id, name: who.name },
    comment,
    requestKey: `key-${id}`,
    digest: sampleDigest,
  });

  /** The outbox's message of a step: the card the API would post. */
  const post = (event: Omit<ApprovalEvent, 'snapshot'>, state: ChannelPostState): ChannelPost => ({
    id: event.id,
    eventId: event.id,
    approvalId: 'approval-1',
    forvaltningId: 'f1',
    unitId: target.unitId,
    year: target.year,
    teamId: null,
    channelId: null,
    card: approvalCard({ event, subjectName: 'Enhet Ett', link: approvalDeepLink(target, null, { tabUrl, teamsAppId: null }) }),
    postedBy: event.by,
    state,
    attempts: 0,
    lastError: null,
    retryAt: null,
    messageId: null,
    sentAt: null,
    createdAt: event.at,
  });

  const failing = () => {
    const [first, ...rest] = failures;
    failures = rest;
    if (first) throw first;
  };

  const api = {
    getApproval: async () => {
      calls.push({ method: 'getApproval' });
      return view();
    },
    actOnApproval: async (_target: ApprovalTarget, { action, comment = '' }: { action: ApprovalAction; comment?: string }, { key, eTag }: { key: string; eTag: string | null }) => {
      calls.push({ method: 'actOnApproval', action, comment, key, eTag });
      await Promise.resolve();
      const again = answers.get(key);
      if (again) return again;
      if ((eTag ?? '*') !== (current.eTag ?? '*')) throw new ApiError(412, 'PRECONDITION_FAILED', 'Någon annan har ändrat detta sedan du öppnade det.', [], view());
      take(caller, action, comment);
      answers.set(key, view());
      // A lost answer: the step was taken, the caller never heard.
      failing();
      return view();
    },
    getApprovalChanges: async () => {
      calls.push({ method: 'getApprovalChanges' });
      const approved = [...history].reverse().find((e) => e.action === 'approve');
      return { approved: approved ? { version: approved.version, at: approved.at, by: approved.by } : null, changes: approved ? changesSince : [] };
    },
    retryPost: async (postId: string) => {
      calls.push({ method: 'retryPost', postId });
      const found = posts.find((p) => p.id === postId);
      if (found) found.state = 'pending';
    },
  } as unknown as ApiClient;

  return {
    api,
    calls,
    steps: () => calls.filter((c) => c.method === 'actOnApproval'),
    history: () => history,
    posts: () => posts,
    actAs: (who: Caller) => void (caller = who),
    /** Someone else's step, straight into the store. */
    stepAs: (who: Caller, action: ApprovalAction, comment = '') => take(who, action, comment),
    /** The next answer is lost after the step was taken (network gone, gateway timeout). */
    loseNextAnswer: (error = new ApiError(0, 'NETWORK', 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.')) => void (failures = [...failures, error]),
    /** What has changed since the last approval, as the API would compare it. */
    changeSinceApproval: (changes: ContentChange[]) => void (changesSince = changes),
    /** Puts a post in the outbox in the given state (to show each state). */
    addPost: (state: ChannelPostState) => posts.push(post(eventOf(`post-${posts.length + 1}`, rektor, 'approve', 'approved', ''), state)),
  };
}
