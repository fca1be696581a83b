import type { Caller, GoalAptNotes, StoredAptNote, StoredGoalFlag, Unit } from '@vp/shared';
import { canEditUnit } from '@vp/shared';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { ApiError, type ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { useLoad, type Load } from '../recover/useLoad';

export type GoalAptNote = GoalAptNotes[number];

/** What the plan's goals show of APT: open flags and notes per goal, and the actions on them. */
export interface GoalApt {
  flagsOf(goalId: string): StoredGoalFlag[];
  notesOf(goalId: string): GoalAptNote[];
  /** The caller may flag goals (those who can edit the unit) */
  canFlag: boolean;
  flag(goalId: string, reason: string): Promise<void>;
  removeFlag(flag: StoredGoalFlag): Promise<void>;
  closeDecision(note: StoredAptNote): Promise<void>;
  /** The last action's refusal, said beside the goal it was about */
  problem: { goalId: string; text: string } | null;
  loads: Load<unknown>[];
}

export const GoalAptContext = createContext<GoalApt | null>(null);
export const useGoalApt = () => useContext(GoalAptContext);

const byGoal = <T extends { goalId: string | null }>(items: readonly T[] | undefined) => {
  const map = new Map<string, T[]>();
  for (const item of items ?? []) if (item.goalId) map.set(item.goalId, [...(map.get(item.goalId) ?? []), item]);
  return map;
};

/**
 * The unit's open flags and its APT notes about goals, read once for the whole plan page (not per
 * goal), and read again after each change so every goal shows what the server has.
 */
export function useGoalAptState(api: ApiClient, unit: Pick<Unit, 'id' | 'forvaltningId'> | undefined, year: number | undefined, caller: Caller | null): GoalApt {
  const t = useStrings().apt;
  const unitId = unit?.id;
  const flagsLoad = useLoad(useMemo(() => (unitId && year ? () => api.listGoalFlags(unitId, year) : undefined), [api, unitId, year]));
  const notesLoad = useLoad(useMemo(() => (unitId && year ? () => api.listGoalAptNotes(unitId, year) : undefined), [api, unitId, year]));
  const [problem, setProblem] = useState<GoalApt['problem']>(null);
  const flags = useMemo(() => byGoal(flagsLoad.data), [flagsLoad.data]);
  const notes = useMemo(() => byGoal(notesLoad.data), [notesLoad.data]);
  const reloadFlags = flagsLoad.reload;
  const reloadNotes = notesLoad.reload;

  const attempt = useCallback(
    async (goalId: string, act: () => Promise<unknown>, reload: () => Promise<void>) => {
      setProblem(null);
      try {
        await act();
      } catch (error) {
        // 412: someone else changed it first; the reload shows it as it is now.
        setProblem({ goalId, text: error instanceof ApiError && error.status === 412 ? t.notes.conflict : error instanceof Error ? error.message : String(error) });
      }
      await reload();
    },
    [t],
  );

  return {
    flagsOf: (goalId) => flags.get(goalId) ?? [],
    notesOf: (goalId) => notes.get(goalId) ?? [],
    canFlag: Boolean(caller && unit && canEditUnit(caller, unit)),
    // The dialog shows a refused flag itself, so this one throws.
    flag: async (goalId, reason) => {
      await api.flagGoal(unitId!, { year: year!, goalId, reason });
      await reloadFlags();
    },
    removeFlag: (flag) => attempt(flag.goalId, () => api.removeGoalFlag(flag.unitId, flag.id, flag.eTag), reloadFlags),
    closeDecision: (note) => attempt(note.goalId ?? '', () => api.updateAptNote(note.id, note.eTag, { closed: true }), reloadNotes),
    problem,
    loads: [flagsLoad, notesLoad],
  };
}
