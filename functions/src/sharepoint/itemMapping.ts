import { AuditEntry, fieldErrors, itemSchemas, storeErrors, type IndexedField, type ItemOf, type Kind, type Stored } from '@vp/shared';
import type { z } from 'zod';
import type { GraphListItem } from './graphTypes';
import { AT, columnOf, indexedFieldsOf, ITEM_ID, NULL_SENTINEL, PAYLOAD, TARGET_ID } from './listSchema';
import { fileRefOf } from './payloadFiles';

/** Columns read back for every item: the JSON is the truth, the rest are filter copies. */
export const selectedColumns = [ITEM_ID, PAYLOAD] as const;

const TITLE_MAX = 255;

/** A readable Title for people browsing the list in SharePoint (the store never reads it). */
function titleOf(item: Record<string, unknown>): string {
  const text = [item.title, item.name, item.text, item.id].find((v) => typeof v === 'string' && v.trim() !== '') as string;
  return text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1)}…` : text;
}

/** A column value for an indexed field; null becomes the sentinel so it can be filtered on. */
export function columnValue(value: string | number | null): string | number {
  return value === null ? NULL_SENTINEL : value;
}

/**
 * The fieldValueSet written for an item: Title, ItemId, its indexed columns and the JSON payload (or,
 * for JSON too long for the column, the file reference PayloadFiles.store gives).
 */
export function toFields<K extends Kind>(kind: K, item: ItemOf<K>, payload: string = JSON.stringify(item)): Record<string, unknown> {
  const record = item as Record<string, unknown>;
  const fields: Record<string, unknown> = { Title: titleOf(record), [ITEM_ID]: record.id, [PAYLOAD]: payload };
  // An optional field left out (a unit without a group) is stored as null, so that filtering on null finds it.
  for (const field of indexedFieldsOf(kind)) fields[columnOf[field]] = columnValue((record[field] ?? null) as string | number | null);
  return fields;
}

/** The eTag a later write must present, from a listItem or a fieldValueSet. */
export function eTagOf(source: { eTag?: string; '@odata.etag'?: string } | undefined): string {
  const eTag = source?.eTag ?? source?.['@odata.etag'];
  if (eTag === undefined) throw new Error('Graph response carries no eTag');
  return eTag;
}

/** Where a row is, for an error about it: the ItemId column, or the payload's id when the column was cleared. */
function rowOf(listItem: GraphListItem, payload: unknown) {
  const column = listItem.fields?.[ITEM_ID];
  const inPayload = (payload as { id?: unknown } | null)?.id;
  const itemId = [column, inPayload].find((v): v is string => typeof v === 'string' && v !== '');
  return { itemId, listItemId: listItem.id };
}

/**
 * Parses a row's payload with a schema. Rows can be edited by hand in SharePoint, so JSON that does not
 * parse or breaks the schema is a StoreError naming the row (the read is refused, not the row skipped).
 */
function parseRow<S extends z.ZodType>(kind: Kind | 'audit', schema: S, listItem: GraphListItem): z.output<S> {
  const payload = listItem.fields?.[PAYLOAD];
  if (typeof payload === 'string' && fileRefOf(payload) !== undefined) throw new Error(`List item ${listItem.id} keeps its JSON in a file that was not read (PayloadFiles.resolve)`);
  let json: unknown;
  try {
    // An emptied column (left out of fields by SharePoint, or null) is no JSON either.
    json = JSON.parse(typeof payload === 'string' ? payload : '');
  } catch {
    throw storeErrors.invalidRow(kind, rowOf(listItem, undefined), 'notJson');
  }
  const result = schema.safeParse(json);
  if (!result.success) throw storeErrors.invalidRow(kind, rowOf(listItem, json), fieldErrors(result.error));
  return result.data;
}

/** A listItem's eTag (top level, or in its expanded fields). */
export function listItemETag(listItem: GraphListItem): string {
  return eTagOf({ eTag: listItem.eTag ?? listItem.fields?.['@odata.etag'] });
}

/** A list item without its payload: our id, its eTag and its indexed fields (the sentinel read back as null). */
export interface ItemKey {
  id: string;
  eTag: string;
  indexed: Partial<Record<IndexedField, string | number | null>>;
}

/** The columns read for an ItemKey. */
export function keyColumns(kind: Kind): string[] {
  return [ITEM_ID, ...indexedFieldsOf(kind).map((field) => columnOf[field])];
}

export function keyOf(kind: Kind, listItem: GraphListItem): ItemKey {
  const fields = listItem.fields ?? {};
  const value = (column: string) => {
    const v = fields[column] as string | number | null | undefined;
    return v === undefined || v === NULL_SENTINEL ? null : v;
  };
  const indexed = Object.fromEntries(indexedFieldsOf(kind).map((field) => [field, value(columnOf[field])]));
  return { id: String(fields[ITEM_ID]), eTag: listItemETag(listItem), indexed };
}

/** Parses a list item's payload (file references resolved first) with the kind's schema and attaches the item's eTag. */
export function fromListItem<K extends Kind>(kind: K, listItem: GraphListItem): Stored<ItemOf<K>> {
  const item = parseRow(kind, itemSchemas[kind], listItem) as ItemOf<K>;
  return { ...item, eTag: listItemETag(listItem) };
}

/** The fieldValueSet for an audit entry (payload: as for toFields). */
export function toAuditFields(entry: AuditEntry, payload: string = JSON.stringify(entry)): Record<string, unknown> {
  return {
    Title: `${entry.action} ${entry.kind} ${entry.itemId}`.slice(0, TITLE_MAX),
    [ITEM_ID]: entry.id,
    [TARGET_ID]: entry.itemId,
    [columnOf.forvaltningId]: columnValue(entry.forvaltningId),
    [columnOf.unitId]: columnValue(entry.unitId),
    [AT]: entry.at,
    [PAYLOAD]: payload,
  };
}

/** Parses an audit list item. */
export function fromAuditItem(listItem: GraphListItem): AuditEntry {
  return parseRow('audit', AuditEntry, listItem);
}
