import { indexedFields, itemSchemas, kinds, type IndexedField, type Kind } from '@vp/shared';

/**
 * SharePoint lists and columns: one list per kind plus an audit list. Each item keeps the whole
 * zod-validated JSON in Payload; the indexed columns are copies of the fields queries filter on, so
 * every query stays under the list view threshold by filtering on indexed columns only.
 */

/** The value stored in UnitId/ParentId for null (förvaltning-owned items, root nodes). It contains
 *  parentheses, which our Id schema forbids, so it can never collide with a real id. SharePoint
 *  stores '' as null and Graph cannot filter `eq null` on fields, hence a sentinel, not an empty string. */
export const NULL_SENTINEL = '(none)';

export type ColumnType = 'text' | 'note' | 'number';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  indexed: boolean;
  /** Rejects a second item with the same value (requires indexed). */
  unique?: boolean;
}

export interface ListSpec {
  key: Kind | 'audit';
  displayName: string;
  columns: ColumnSpec[];
}

/** Our field name → SharePoint column name for the indexed fields. */
export const columnOf: Record<IndexedField, string> = {
  forvaltningId: 'ForvaltningId',
  unitId: 'UnitId',
  year: 'Year',
  parentId: 'ParentId',
  period: 'Period',
  groupId: 'GroupId',
};

export const ITEM_ID = 'ItemId';
export const PAYLOAD = 'Payload';
/** Audit-only columns: the id of the item the entry is about, and when it happened. */
export const TARGET_ID = 'TargetId';
export const AT = 'At';

/** The indexed fields a kind's schema has (a forvaltning has none, a unit only forvaltningId, …). */
export function indexedFieldsOf(kind: Kind): IndexedField[] {
  const shape = itemSchemas[kind].shape as Record<string, unknown>;
  return indexedFields.filter((field) => field in shape);
}

/** Kinds whose items carry an `order` field; they are listed by order, then id. */
export function hasOrder(kind: Kind): boolean {
  return 'order' in (itemSchemas[kind].shape as Record<string, unknown>);
}

const idColumn: ColumnSpec = { name: ITEM_ID, type: 'text', indexed: true, unique: true };
// Multi-line text cannot be indexed in SharePoint; it is never filtered on.
const payloadColumn: ColumnSpec = { name: PAYLOAD, type: 'note', indexed: false };

function fieldColumn(field: IndexedField): ColumnSpec {
  return { name: columnOf[field], type: field === 'year' ? 'number' : 'text', indexed: true };
}

/** The display name of a kind's list (or the audit list) for a prefix, e.g. "VP-goal". */
export function listDisplayName(prefix: string, key: Kind | 'audit'): string {
  return `${prefix}-${key}`;
}

/** Every list the store needs, with its columns (Title comes with the genericList template). */
export function listSpecs(prefix: string): ListSpec[] {
  const kindLists = kinds.map((kind) => ({
    key: kind,
    displayName: listDisplayName(prefix, kind),
    columns: [idColumn, ...indexedFieldsOf(kind).map(fieldColumn), payloadColumn],
  }));
  const audit: ListSpec = {
    key: 'audit',
    displayName: listDisplayName(prefix, 'audit'),
    columns: [
      idColumn,
      { name: TARGET_ID, type: 'text', indexed: true },
      fieldColumn('forvaltningId'),
      fieldColumn('unitId'),
      { name: AT, type: 'text', indexed: false },
      payloadColumn,
    ],
  };
  return [...kindLists, audit];
}

/** The Graph columnDefinition for a column spec. */
export function columnDefinition(column: ColumnSpec): Record<string, unknown> {
  const typed =
    column.type === 'number'
      ? { number: { decimalPlaces: 'none' } }
      : column.type === 'note'
        ? { text: { allowMultipleLines: true, textType: 'plain' } }
        : { text: { allowMultipleLines: false, maxLength: 255 } };
  return { name: column.name, indexed: column.indexed, enforceUniqueValues: column.unique ?? false, ...typed };
}
