import type { FieldError } from '@vp/shared';

/**
 * How a form field maps to the item's value:
 * - line: one trimmed line of text (Input)
 * - text: free text kept as typed (Textarea)
 * - lines: a list, one entry per non-empty line (Textarea)
 * - date: an ISO date ÅÅÅÅ-MM-DD (Input type="date")
 */
export type FieldKind = 'line' | 'text' | 'lines' | 'date';
export type FieldSpec = Readonly<Record<string, FieldKind>>;
export type FormValues<S extends FieldSpec> = Record<keyof S & string, string>;
export type FieldMessages<S extends FieldSpec> = Partial<Record<keyof S & string, string>>;

export function toText(kind: FieldKind, value: unknown): string {
  if (kind === 'lines') return Array.isArray(value) ? value.join('\n') : '';
  return typeof value === 'string' ? value : '';
}

export function fromText(kind: FieldKind, text: string): string | string[] {
  if (kind === 'lines') return text.split('\n').map((line) => line.trim()).filter(Boolean);
  return kind === 'text' ? text : text.trim();
}

const names = <S extends FieldSpec>(spec: S) => Object.keys(spec) as (keyof S & string)[];

/** The form's texts for an item, or empty texts for a new one. */
export function formValuesOf<S extends FieldSpec>(spec: S, item?: object): FormValues<S> {
  const source = (item ?? {}) as Record<string, unknown>;
  return Object.fromEntries(names(spec).map((name) => [name, toText(spec[name]!, source[name])])) as FormValues<S>;
}

/** The body values of the given fields (all fields when none are named). */
export function bodyOf<S extends FieldSpec>(spec: S, values: FormValues<S>, only: readonly string[] = names(spec)): Record<string, unknown> {
  return Object.fromEntries(only.map((name) => [name, fromText(spec[name]!, values[name as keyof S & string])]));
}

/** Fields whose value differs from the base, compared as the values that would be saved. */
export function changedFields<S extends FieldSpec>(spec: S, values: FormValues<S>, base: FormValues<S>): (keyof S & string)[] {
  const same = (name: keyof S & string) =>
    JSON.stringify(fromText(spec[name]!, values[name])) === JSON.stringify(fromText(spec[name]!, base[name]));
  return names(spec).filter((name) => !same(name));
}

/** 1-based line in the text box of the index-th saved entry of a list field (empty lines are skipped). */
export function lineNumberOf(text: string, index: number): number {
  let seen = -1;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() && ++seen === index) return i + 1;
  }
  return index + 1;
}

/**
 * Sorts validation errors (the client's zod errors or the server's `fields`) onto the form's
 * fields; errors on other paths (parentId, the whole body) are returned as `other`.
 */
export function messagesByField<S extends FieldSpec>(
  spec: S,
  values: FormValues<S>,
  errors: readonly FieldError[],
  lineError: (line: number, message: string) => string,
): { byField: FieldMessages<S>; other: string[] } {
  const byField: FieldMessages<S> = {};
  const other: string[] = [];
  for (const { field, message } of errors) {
    const [name, index] = field.split('.');
    if (name === undefined || !Object.hasOwn(spec, name)) {
      other.push(message);
      continue;
    }
    const key = name as keyof S & string;
    if (byField[key] !== undefined) continue;
    const atLine = spec[key] === 'lines' && index !== undefined && /^\d+$/.test(index);
    byField[key] = atLine ? lineError(lineNumberOf(values[key], Number(index)), message) : message;
  }
  return { byField, other };
}
