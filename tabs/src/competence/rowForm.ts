import type { CompetenceRow, CompetenceRowUpdate } from '@vp/shared';

/** The dialog's fields as typed: lists one item per line. */
export interface RowForm {
  goal: string;
  activity: string;
  targetDate: string;
  responsible: string;
  resources: string;
  followUp: string;
}

export function formOf(row: CompetenceRow): RowForm {
  return {
    goal: row.goal,
    activity: row.activity,
    targetDate: row.targetDate.text,
    responsible: row.responsible.join('\n'),
    resources: row.resources.join('\n'),
    followUp: row.followUp,
  };
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Only what the person changed since `base` (the row as the dialog opened): a PATCH names nothing else, so others' changes to other fields stay. */
export function patchOf(form: RowForm, base: RowForm): CompetenceRowUpdate {
  const patch: CompetenceRowUpdate = {};
  if (form.goal !== base.goal) patch.goal = form.goal;
  if (form.activity !== base.activity) patch.activity = form.activity;
  if (form.targetDate !== base.targetDate) patch.targetDate = { text: form.targetDate.trim() };
  if (form.responsible !== base.responsible) patch.responsible = lines(form.responsible);
  if (form.resources !== base.resources) patch.resources = lines(form.resources);
  if (form.followUp !== base.followUp) patch.followUp = form.followUp;
  return patch;
}
