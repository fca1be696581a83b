import type { Activity, ActivityNode, Stored } from '@vp/shared';
import type { ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { EditorDialog } from './EditorDialog';
import { EditorField } from './EditorField';
import { VersionHistory } from './VersionHistory';
import type { FieldSpec } from './formValues';
import { useItemEditor } from './useItemEditor';

export interface ActivityEditorDialogProps {
  api: ApiClient;
  unitId: string;
  year: number;
  /** The goal a new activity hangs under. */
  parentId: string;
  /** The activity to edit; absent to add one. */
  activity?: ActivityNode;
  open: boolean;
  onClose(): void;
  onSaved(activity: Stored<Activity>): void;
}

const activitySpec = {
  text: 'line',
  start: 'date',
  end: 'date',
  responsible: 'line',
  resources: 'text',
} as const satisfies FieldSpec;

/** Adds or edits one of the unit's activities under a goal. */
export function ActivityEditorDialog(props: ActivityEditorDialogProps) {
  return props.open ? <ActivityEditor key={props.activity?.id ?? 'new'} {...props} /> : null;
}

function ActivityEditor({ api, unitId, year, parentId, activity, onClose, onSaved }: ActivityEditorDialogProps) {
  const t = useStrings();
  const { state, field } = useItemEditor({
    api,
    unitId,
    year,
    collection: 'activities',
    spec: activitySpec,
    item: activity,
    fixed: { parentId: activity?.parentId ?? parentId },
    onSaved,
    onClose,
  });
  const labels = {
    text: t.edit.activityText,
    start: t.start,
    end: t.end,
    responsible: t.responsible,
    resources: t.edit.activityResources,
  } satisfies Record<keyof typeof activitySpec, string>;
  const history = activity && (
    <VersionHistory
      {...{ api, unitId, year, labels }}
      collection="activities"
      itemId={activity.id}
      thing="activity"
      dirty={state.dirty}
      onRestored={(restored) => onSaved(restored as Stored<Activity>)}
    />
  );
  return (
    <EditorDialog title={activity ? t.edit.editActivity : t.edit.newActivity} thing="activity" editor={state} onClose={onClose} history={history}>
      <EditorField label={labels.text} control="input" required {...field('text')} />
      <EditorField label={labels.start} control="date" required {...field('start')} />
      <EditorField label={labels.end} control="date" required {...field('end')} />
      <EditorField label={labels.responsible} control="input" hint={t.edit.responsibleHint} {...field('responsible')} />
      <EditorField label={labels.resources} control="textarea" rows={3} hint={t.edit.activityResourcesHint} {...field('resources')} />
    </EditorDialog>
  );
}
