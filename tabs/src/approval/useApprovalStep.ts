import { ApprovalView, type ApprovalAction, type ApprovalTarget } from '@vp/shared';
import { useRef, useState } from 'react';
import { ApiError, type ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';

/**
 * What went wrong with a step: failed (the message; sameKey when the step may have been taken all the
 * same, so a retry must name the same request), conflict (someone else moved the subject on: where it
 * stands now), or comment (the server wants a comment to return it).
 */
export type StepProblem = { kind: 'failed'; message: string; sameKey: boolean } | { kind: 'conflict'; current: ApprovalView } | { kind: 'comment'; message: string };

/** A fresh Idempotency-Key: one per user action (randomUUID needs a secure context, which Teams and localhost are). */
function newRequestKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** No answer, or the server's own trouble: the step may have been taken; 4xx refusals say it was not. */
const mayHaveHappened = (e: unknown) => !(e instanceof ApiError) || e.status === 0 || e.status === 429 || e.status >= 500 || e.code === 'INVALID_RESPONSE';

export interface ApprovalStepOptions {
  api: Pick<ApiClient, 'actOnApproval' | 'getApproval'>;
  target: ApprovalTarget;
  action: ApprovalAction;
  /** The subject as the panel shows it: its eTag is sent as If-Match */
  view: ApprovalView;
  /** The step was taken: the view the server answered with */
  onDone(view: ApprovalView): void;
  /** Someone else moved the subject on: the view as it is now */
  onCurrent(view: ApprovalView): void;
}

/**
 * Takes one approval step for a dialog. The Idempotency-Key is made when the person confirms and kept
 * while the step may have happened (no answer, a server error), so "Försök igen" cannot take it twice;
 * a refusal (4xx) or a conflict ends the attempt, and confirming again is a new action with a new key.
 * A 409 or 412 reads the current view (from the refusal, or by asking) so the dialog can say where the
 * subject stands and what is left to do.
 */
export function useApprovalStep({ api, target, action, view, onDone, onCurrent }: ApprovalStepOptions) {
  const t = useStrings().approval;
  const key = useRef<string | null>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<StepProblem | null>(null);

  async function current(e: ApiError): Promise<ApprovalView | null> {
    const carried = ApprovalView.safeParse(e.current);
    if (carried.success) return carried.data;
    return api.getApproval(target).catch(() => null);
  }

  async function send(comment: string): Promise<void> {
    key.current ??= newRequestKey();
    setSending(true);
    setProblem(null);
    try {
      const answer = await api.actOnApproval(target, { action, comment }, { key: key.current, eTag: view.eTag });
      key.current = null;
      onDone(answer);
    } catch (e) {
      if (mayHaveHappened(e)) {
        setProblem({ kind: 'failed', message: e instanceof Error ? e.message : t.dialog.failed, sameKey: true });
        return;
      }
      key.current = null;
      const error = e as ApiError;
      const now = error.status === 409 || error.status === 412 ? await current(error) : null;
      if (now) {
        onCurrent(now);
        setProblem({ kind: 'conflict', current: now });
      } else if (error.status === 400 && action === 'return') {
        setProblem({ kind: 'comment', message: error.message });
      } else {
        setProblem({ kind: 'failed', message: error.message, sameKey: false });
      }
    } finally {
      setSending(false);
    }
  }

  return { sending, problem, send, clearProblem: () => setProblem(null) };
}
