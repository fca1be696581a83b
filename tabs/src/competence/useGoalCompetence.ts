import type { StoredCompetenceRow } from '@vp/shared';
import { createContext, useContext, useMemo } from 'react';
import type { ApiClient } from '../api/client';
import { useLoad, type Load } from '../recover/useLoad';

/** What the plan's goals show of the competence-supply plan: the rows linked to each goal. */
export interface GoalCompetence {
  rowsOf(goalId: string): StoredCompetenceRow[];
  forvaltningId: string;
  year: number;
  load: Load<StoredCompetenceRow[]>;
}

export const GoalCompetenceContext = createContext<GoalCompetence | null>(null);
export const useGoalCompetence = () => useContext(GoalCompetenceContext);

/**
 * The competence rows linked to the unit's goals, read once for the whole plan page (one request, not
 * one per goal) and handed to every goal by id.
 */
export function useGoalCompetenceState(api: ApiClient, unit: { id: string; forvaltningId: string } | undefined, year: number | undefined): GoalCompetence | null {
  const unitId = unit?.id;
  const load = useLoad(useMemo(() => (unitId && year ? () => api.listUnitCompetenceRows(unitId, year) : undefined), [api, unitId, year]));
  const byGoal = useMemo(() => {
    const map = new Map<string, StoredCompetenceRow[]>();
    for (const row of load.data ?? []) for (const goalId of row.linkedGoalIds) map.set(goalId, [...(map.get(goalId) ?? []), row]);
    return map;
  }, [load.data]);
  if (!unit || !year) return null;
  return { rowsOf: (goalId) => byGoal.get(goalId) ?? [], forvaltningId: unit.forvaltningId, year, load };
}
