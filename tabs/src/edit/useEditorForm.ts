import { fieldErrors, type FieldError } from '@vp/shared';
import { useState } from 'react';
import type { ZodType } from 'zod';
import { useStrings } from '../i18n/strings';
import { bodyOf, changedFields, formValuesOf, messagesByField, type FieldMessages, type FieldSpec, type FormValues } from './formValues';

export interface EditorFormOptions<S extends FieldSpec> {
  spec: S;
  /** The stored item being edited; absent when adding. */
  item?: object;
  /** Validates the whole item as the API would create it (collections.X.create). */
  schema: ZodType;
  /** Body fields that are not in the form, e.g. level and parentId. */
  fixed: Record<string, unknown>;
}

/**
 * The texts of an editor form, with the shared zod schema's messages per field: a field's own
 * message shows once it has been left (blur) or a save was tried; the server's `fields` until it changes.
 */
export function useEditorForm<S extends FieldSpec>({ spec, item, schema, fixed }: EditorFormOptions<S>) {
  const { lineError } = useStrings().edit;
  const [base, setBase] = useState<FormValues<S>>(() => formValuesOf(spec, item));
  const [values, setValues] = useState<FormValues<S>>(base);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [serverMessages, setServerMessages] = useState<FieldMessages<S>>({});

  const sortErrors = (errors: readonly FieldError[]) => messagesByField(spec, values, errors, lineError);
  const parsed = schema.safeParse({ ...fixed, ...bodyOf(spec, values) });
  const client = parsed.success ? { byField: {} as FieldMessages<S>, other: [] } : sortErrors(fieldErrors(parsed.error));
  const changed = changedFields(spec, values, base);

  const messageOf = (name: keyof S & string): string | undefined =>
    (touched.has(name) ? client.byField[name] : undefined) ?? serverMessages[name];

  return {
    values,
    changed,
    dirty: changed.length > 0,
    messageOf,
    setValue(name: keyof S & string, text: string) {
      setValues((v) => ({ ...v, [name]: text }));
      setServerMessages((m) => ({ ...m, [name]: undefined }));
    },
    blur(name: keyof S & string) {
      setTouched((t) => (t.has(name) ? t : new Set(t).add(name)));
    },
    /** Shows every field's message; returns the messages not tied to a field, or null when valid. */
    validateAll(): string[] | null {
      setTouched(new Set(Object.keys(spec)));
      return parsed.success ? null : client.other;
    },
    /** Shows errors (the server's `fields`, or a failed check) under their fields; returns the rest. */
    showErrors(errors: readonly FieldError[]): string[] {
      const { byField, other } = sortErrors(errors);
      setServerMessages(byField);
      return other;
    },
    /** The create body: fixed fields and every form field. */
    body: () => ({ ...fixed, ...bodyOf(spec, values) }),
    /** The PATCH body: only the fields changed since the base version. */
    patch: () => bodyOf(spec, values, changed),
    /** Starts over from another version of the item (the form shows its values, unchanged). */
    reset(next: object) {
      const fresh = formValuesOf(spec, next);
      setBase(fresh);
      setValues(fresh);
      setServerMessages({});
    },
  };
}

export type EditorForm<S extends FieldSpec> = ReturnType<typeof useEditorForm<S>>;
