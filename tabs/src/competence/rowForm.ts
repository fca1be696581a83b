import { CompetenceCategory, type CompetenceRow, type CompetenceRowCreate, type CompetenceRowUpdate } from '@vp/shared';
import type { z } from 'zod';

/** The dialog's fields as typed: lists one item per line. */
export interface RowForm {
  /** in the plan's order, whatever order they were ticked in */
  categories: CompetenceCategory[];
  goal: string;
  activity: string;
  targetDate: string;
  responsible: string;
  resources: string;
  followUp: string;
}

export function formOf(row: CompetenceRow): RowForm {
  return {
    categories: row.categories,
    goal: row.goal,
    activity: row.activity,
    targetDate: row.targetDate.text,
    responsible: row.responsible.join('\n'),
    resources: row.resources.join('\n'),
    followUp: row.followUp,
  };
}

/** A new row's empty form. */
export const emptyForm: RowForm = { categories: [], goal: '', activity: '', targetDate: '', responsible: '', resources: '', followUp: '' };

/** Ticks or unticks a category, keeping the plan's order. */
export function toggleCategory(categories: readonly CompetenceCategory[], category: CompetenceCategory, on: boolean): CompetenceCategory[] {
  return CompetenceCategory.options.filter((c) => (c === category ? on : categories.includes(c)));
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Only what the person changed since `base` (the row as the dialog opened): a PATCH names nothing else, so others' changes to other fields stay. */
export function patchOf(form: RowForm, base: RowForm): CompetenceRowUpdate {
  const patch: CompetenceRowUpdate = {};
  if (form.categories.join() !== base.categories.join()) patch.categories = form.categories;
  if (form.goal !== base.goal) patch.goal = form.goal;
  if (form.activity !== base.activity) patch.activity = form.activity;
  if (form.targetDate !== base.targetDate) patch.targetDate = { text: form.targetDate.trim() };
  if (form.responsible !== base.responsible) patch.responsible = lines(form.responsible);
  if (form.resources !== base.resources) patch.resources = lines(form.resources);
  if (form.followUp !== base.followUp) patch.followUp = form.followUp;
  return patch;
}

/** A new row of the avdelning, as typed: the server adds its order and due date (and refuses a row without category or activity). */
export function createOf(form: RowForm, avdelning: string): z.input<typeof CompetenceRowCreate> {
  return {
    avdelning,
    categories: form.categories,
    activity: form.activity,
    goal: form.goal,
    targetDate: { text: form.targetDate.trim() },
    responsible: lines(form.responsible),
    resources: lines(form.resources),
    followUp: form.followUp,
  };
}
