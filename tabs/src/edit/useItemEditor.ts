import { collections, fieldErrors, maxLengthOf, type Stored } from '@vp/shared';
import type { ZodType } from 'zod';
import { useState } from 'react';
import type { ApiClient, CreateBody, UpdateBody } from '../api/client';
import { toText, type FieldSpec } from './formValues';
import { useEditorForm } from './useEditorForm';
import { useSaveWithConflict } from './useSaveWithConflict';

export type EditableCollection = 'goals' | 'activities' | 'sections';

export interface ItemEditorOptions<C extends EditableCollection, T, S extends FieldSpec> {
  api: ApiClient;
  unitId: string;
  year: number;
  collection: C;
  spec: S;
  /** The stored item being edited; absent when adding. */
  item?: Stored<T> & { id: string };
  /** Body fields that are not in the form (level, parentId, key). */
  fixed: Record<string, unknown>;
  onSaved(saved: Stored<T>): void;
  onClose(): void;
}

/** What the dialog shell needs from an editor. */
export interface EditorState {
  dirty: boolean;
  saving: boolean;
  error: string | null;
  /** A save was refused (412): 'changed' when a newer version exists, 'deleted' when the item is gone. */
  conflict: 'changed' | 'deleted' | null;
  submit(): void;
  saveMine(): void;
  useTheirs(): void;
}

/** The props an EditorField takes for one form field. */
export interface FieldBinding {
  value: string;
  onChange(text: string): void;
  onBlur(): void;
  error?: string;
  /** The newer version's value, shown under the field during a conflict. */
  theirs?: string;
  /** The most characters the schema takes, for the counter near it; null without one. */
  maxLength?: number | null;
}

/**
 * Add or edit one plan item: validates with the shared schemas, POSTs a new item or PATCHes the
 * changed fields with If-Match, and resolves a 412 by saving over the newer version or taking it.
 */
export function useItemEditor<C extends EditableCollection, T, S extends FieldSpec>(options: ItemEditorOptions<C, T, S>) {
  const { api, unitId, year, collection, spec, item, fixed, onSaved, onClose } = options;
  const { create, update } = collections[collection];
  const form = useEditorForm({ spec, item, schema: create, fixed });
  const saver = useSaveWithConflict<T>();
  const [eTag, setETag] = useState(item?.eTag);
  const current = saver.conflict?.current ?? null;

  function send(ifMatch: string | undefined): Promise<Stored<T>> {
    if (!item || ifMatch === undefined) return api.create<C, T>(unitId, year, collection, form.body() as CreateBody<C>);
    return api.update<C, T>(unitId, year, collection, item.id, ifMatch, form.patch() as UpdateBody<C>);
  }

  async function save(ifMatch: string | undefined) {
    const other = form.validateAll();
    if (other) return saver.setError(other.join(' '));
    if (item) {
      if (!form.dirty) return onClose();
      const check = update.safeParse(form.patch());
      if (!check.success) return saver.setError(form.showErrors(fieldErrors(check.error)).join(' ') || null);
    }
    const saved = await saver.save(() => send(ifMatch), { updating: item !== undefined, onFieldErrors: form.showErrors });
    if (saved) onSaved(saved);
  }

  const state: EditorState = {
    dirty: form.dirty,
    saving: saver.saving,
    error: saver.error,
    conflict: saver.conflict ? (current ? 'changed' : 'deleted') : null,
    submit: () => void save(eTag),
    saveMine: () => void (current && save(current.eTag)),
    useTheirs() {
      if (!current) return;
      form.reset(current);
      setETag(current.eTag);
      saver.clearConflict();
    },
  };

  const field = (name: keyof S & string): FieldBinding => ({
    value: form.values[name],
    onChange: (text) => form.setValue(name, text),
    onBlur: () => form.blur(name),
    error: form.messageOf(name),
    theirs: current && form.changed.includes(name) ? toText(spec[name]!, (current as Record<string, unknown>)[name]) : undefined,
    // A list's limit is per line; its text box has none of its own.
    maxLength: spec[name] === 'lines' ? null : maxLengthOf((create.shape as Record<string, ZodType>)[name]!),
  });

  return { state, field };
}

