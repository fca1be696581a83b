import type { Period } from '@vp/shared';
import { useCallback, useMemo } from 'react';
import type { ApiClient } from '../api/client';
import { useLoad } from '../recover/useLoad';
import type { GoalAnalyses } from './CommitteeGoals';

/**
 * The förvaltning's analyses of its nämndmål for the period shown (live or in a summary: they belong to
 * the period, not to one dated summary), and saving one when the caller may (the avdelningschef).
 */
export function useGoalAnalyses(api: ApiClient, forvaltningId: string | undefined, year: number | undefined, period: Period | undefined, mayWrite: boolean) {
  const load = useLoad(useMemo(() => (forvaltningId && year && period ? () => api.listGoalAnalyses(forvaltningId, year, period) : undefined), [api, forvaltningId, year, period]));
  const { reload } = load;
  const save = useCallback(
    async (goalId: string, text: string, eTag: string | null) => {
      const saved = await api.saveGoalAnalysis(forvaltningId!, year!, period!, goalId, eTag, text);
      void reload();
      return saved;
    },
    [api, forvaltningId, year, period, reload],
  );
  const analyses = useMemo((): GoalAnalyses | undefined => {
    if (!load.data) return undefined;
    return { byGoal: new Map(load.data.map((a) => [a.goalId, a])), save: mayWrite ? save : undefined };
  }, [load.data, mayWrite, save]);
  return { analyses, load };
}
