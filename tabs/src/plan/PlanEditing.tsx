import type { ActivityNode, GoalNode, SectionNode } from '@vp/shared';
import { useMemo, useState } from 'react';
import type { ApiClient } from '../api/client';
import { ActivityEditorDialog, DeleteDialog, GoalEditorDialog, SectionEditorDialog } from '../edit';
import { goalToggleId } from './GoalBlock';
import type { PlanActions } from './PlanActions';

type Dialog =
  | { kind: 'goal'; parentId: string; goal?: GoalNode }
  | { kind: 'activity'; parentId: string; activity?: ActivityNode }
  | { kind: 'section'; section: SectionNode }
  | { kind: 'delete'; collection: 'goals' | 'activities'; item: GoalNode | ActivityNode }
  | null;

export interface PlanEditingState {
  api: ApiClient;
  unitId: string;
  year: number;
  dialog: Dialog;
  close(): void;
  saved(): void;
  /** After a delete: focus goes to the parent goal's heading, as the item and its buttons disappear. */
  deleted(item: GoalNode | ActivityNode): void;
  actions: PlanActions;
}

/** Which editor is open, and the actions the plan view offers for the unit's own items. */
export function usePlanEditing({ api, unitId, year, onChanged, onError }: { api: ApiClient; unitId: string; year: number; onChanged(): Promise<void>; onError(message: string): void }): PlanEditingState {
  const [dialog, setDialog] = useState<Dialog>(null);
  const actions = useMemo<PlanActions>(
    () => ({
      addGoal: (parent) => setDialog({ kind: 'goal', parentId: parent.id }),
      editGoal: (goal) => setDialog({ kind: 'goal', parentId: goal.parentId!, goal }),
      deleteGoal: (goal) => setDialog({ kind: 'delete', collection: 'goals', item: goal }),
      addActivity: (parent) => setDialog({ kind: 'activity', parentId: parent.id }),
      editActivity: (activity) => setDialog({ kind: 'activity', parentId: activity.parentId!, activity }),
      deleteActivity: (activity) => setDialog({ kind: 'delete', collection: 'activities', item: activity }),
      editSection: (section) => setDialog({ kind: 'section', section }),
      moveGoal: async (goal, siblings, direction) => {
        // Renumber the unit's goals under this parent in their new order; only changed ones are written.
        const index = siblings.findIndex((s) => s.id === goal.id);
        const target = index + direction;
        if (index < 0 || target < 0 || target >= siblings.length) return;
        const reordered = [...siblings];
        [reordered[index], reordered[target]] = [reordered[target]!, reordered[index]!];
        try {
          for (const [order, sibling] of reordered.entries()) {
            if (sibling.order !== order) await api.update(unitId, year, 'goals', sibling.id, sibling.eTag, { order });
          }
        } catch (e) {
          onError((e as Error).message);
        }
        await onChanged();
      },
    }),
    [api, unitId, year, onChanged, onError],
  );
  return {
    api,
    unitId,
    year,
    dialog,
    actions,
    close: () => setDialog(null),
    saved: () => {
      setDialog(null);
      void onChanged();
    },
    deleted: (item) => {
      if (item.parentId) document.getElementById(goalToggleId(item.parentId))?.focus();
      setDialog(null);
      void onChanged();
    },
  };
}

/** Renders the open editor, if any. */
export function PlanEditing({ state }: { state: PlanEditingState }) {
  const { api, unitId, year, dialog, close, saved, deleted } = state;
  const common = { api, unitId, year, open: true, onClose: close, onSaved: saved };
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'goal':
      return <GoalEditorDialog {...common} parentId={dialog.parentId} goal={dialog.goal} />;
    case 'activity':
      return <ActivityEditorDialog {...common} parentId={dialog.parentId} activity={dialog.activity} />;
    case 'section':
      return <SectionEditorDialog {...common} section={dialog.section} />;
    case 'delete':
      return <DeleteDialog {...common} collection={dialog.collection} item={dialog.item} onDeleted={() => deleted(dialog.item)} />;
  }
}
