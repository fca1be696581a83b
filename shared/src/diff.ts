import type { FieldChange } from './schemas/audit';

/** Top-level fields whose JSON differs between two versions of an item (for the audit trail). */
export function diffFields(before: object | null, after: object | null): FieldChange[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => f !== 'eTag');
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((f) => ({ field: f, before: b[f] ?? null, after: a[f] ?? null }));
}
