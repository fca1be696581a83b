import type { Goal, GoalNode, Stored } from '@vp/shared';
import type { ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { EditorDialog } from './EditorDialog';
import { EditorField } from './EditorField';
import { VersionHistory } from './VersionHistory';
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

/** Adds or edits one of the unit's own goals (an enhetsmål; in a focus-area plan a verksamhetsmål or a focus area). */
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
  const labels = {
    title: t.edit.goalTitle,
    expectedResults: t.expectedResults,
    workingMethods: t.workingMethods,
    resources: t.resources,
    followUp: goal?.level === 'focusArea' ? t.focusAreaFollowUp : t.followUp,
    development: t.development,
  } satisfies Record<keyof typeof goalSpec, string>;
  const history = goal && (
    <VersionHistory
      {...{ api, unitId, year, labels }}
      collection="goals"
      itemId={goal.id}
      thing="goal"
      dirty={state.dirty}
      onRestored={(restored) => onSaved(restored as Stored<Goal>)}
    />
  );
  return (
    <EditorDialog title={!goal ? t.edit.newGoal : goal.level === 'unitGoal' ? t.edit.editGoal : t.edit.editGoalAt(t.levels[goal.level])} thing="goal" editor={state} onClose={onClose} history={history}>
      <EditorField label={labels.title} control="input" required {...field('title')} />
      <EditorField label={labels.expectedResults} control="textarea" hint={t.edit.expectedResultsHint} {...field('expectedResults')} />
      <EditorField label={labels.workingMethods} control="textarea" rows={6} hint={t.edit.workingMethodsHint} {...field('workingMethods')} />
      <EditorField label={labels.resources} control="textarea" rows={3} hint={t.edit.onePerLineHint} {...field('resources')} />
      <EditorField label={labels.followUp} control="textarea" rows={3} hint={t.edit.onePerLineHint} {...field('followUp')} />
      <EditorField label={labels.development} control="textarea" {...field('development')} />
    </EditorDialog>
  );
}
