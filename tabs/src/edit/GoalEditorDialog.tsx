import type { Goal, GoalNode, Stored } from '@vp/shared';
import type { ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { EditorDialog } from './EditorDialog';
import { EditorField } from './EditorField';
import type { FieldSpec } from './formValues';
import { useItemEditor } from './useItemEditor';

export interface GoalEditorDialogProps {
  api: ApiClient;
  unitId: string;
  year: number;
  /** The nämndmål a new enhetsmål hangs under. */
  parentId: string;
  /** The enhetsmål to edit; absent to add one. */
  goal?: GoalNode;
  open: boolean;
  onClose(): void;
  onSaved(goal: Stored<Goal>): void;
}

const goalSpec = {
  title: 'line',
  expectedResults: 'lines',
  workingMethods: 'text',
  resources: 'lines',
  followUp: 'lines',
  development: 'text',
} as const satisfies FieldSpec;

/** Adds or edits one of the unit's own goals (enhetsmål). */
export function GoalEditorDialog(props: GoalEditorDialogProps) {
  return props.open ? <GoalEditor key={props.goal?.id ?? 'new'} {...props} /> : null;
}

function GoalEditor({ api, unitId, year, parentId, goal, onClose, onSaved }: GoalEditorDialogProps) {
  const t = useStrings();
  const { state, field } = useItemEditor({
    api,
    unitId,
    year,
    collection: 'goals',
    spec: goalSpec,
    item: goal,
    fixed: { level: goal?.level ?? 'unitGoal', parentId: goal?.parentId ?? parentId },
    onSaved,
    onClose,
  });
  return (
    <EditorDialog title={goal ? t.edit.editGoal : t.edit.newGoal} thing="goal" editor={state} onClose={onClose}>
      <EditorField label={t.edit.goalTitle} control="input" required {...field('title')} />
      <EditorField label={t.expectedResults} control="textarea" hint={t.edit.expectedResultsHint} {...field('expectedResults')} />
      <EditorField label={t.workingMethods} control="textarea" rows={6} hint={t.edit.workingMethodsHint} {...field('workingMethods')} />
      <EditorField label={t.resources} control="textarea" rows={3} hint={t.edit.onePerLineHint} {...field('resources')} />
      <EditorField label={t.followUp} control="textarea" rows={3} hint={t.edit.onePerLineHint} {...field('followUp')} />
      <EditorField label={t.development} control="textarea" {...field('development')} />
    </EditorDialog>
  );
}
