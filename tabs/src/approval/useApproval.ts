import type { ApprovalTarget, ApprovalView } from '@vp/shared';
import { useCallback, useMemo, useState } from 'react';
import type { ApiClient } from '../api/client';
import { useLoad, type Load } from '../recover/useLoad';

/**
 * The approval view of a plan, report or summary: loaded for the target, and replaced by the view a
 * step (or a conflict) answered with until the next load, so a step shows without asking again.
 */
export interface Approval {
  target: ApprovalTarget;
  /** The latest view: loaded, or answered by a step since */
  view: ApprovalView | undefined;
  load: Load<ApprovalView>;
  /** A step or a conflict answered with this view */
  answered(view: ApprovalView): void;
}

export function useApproval(api: Pick<ApiClient, 'getApproval'>, target: ApprovalTarget | undefined): Approval | undefined {
  const targetKey = target ? JSON.stringify(target) : '';
  // Keyed by the target's parts, not by the object the page made this render.
  const load = useLoad(useMemo(() => (target ? () => api.getApproval(target) : undefined), [api, targetKey]));
  const [newer, setNewer] = useState<{ base: ApprovalView | undefined; view: ApprovalView } | null>(null);
  const base = load.data;
  const answered = useCallback((view: ApprovalView) => setNewer({ base, view }), [base]);
  const view = newer && newer.base === base && base !== undefined ? newer.view : base;
  return target && { target, view, load, answered };
}
