import { randomUUID } from 'node:crypto';

/** In-memory SharePoint sites, lists, columns and items behind the Graph fake. */

export interface FakeColumn {
  id: string;
  name: string;
  indexed: boolean;
  enforceUniqueValues: boolean;
  /** 'text' (single line), 'note' (multi-line text), 'number', or another type name we only store. */
  type: string;
  maxLength?: number;
  definition: Record<string, unknown>;
}

export interface FakeItem {
  id: number;
  guid: string;
  version: number;
  fields: Record<string, unknown>;
  created: string;
  modified: string;
  /** Position of the item's latest change in its list's change log (what delta tokens count). */
  changeSeq: number;
}

export interface FakeList {
  id: string;
  displayName: string;
  template: string;
  columns: FakeColumn[];
  items: Map<number, FakeItem>;
  nextItemId: number;
  /** The list's change log: the last position handed out, and deleted item ids by their deletion's position. */
  changeSeq: number;
  tombstones: Map<number, number>;
  /** Delta tokens name the epoch they were issued in; bumping it makes them answer 410 Gone. */
  deltaEpoch: number;
}

export interface FakeSite {
  id: string;
  lists: Map<string, FakeList>;
  /** The site's default document library (`/sites/{site}/drive`). */
  drive: FakeDrive;
}

/** A file or folder in a site's drive; folders are made on demand by uploads to a path. */
export interface FakeDriveItem {
  /** SharePoint-style driveItem id ("01" + 32 base32 characters). */
  id: string;
  /** The guid inside the eTag/cTag and the download URL's UniqueId. */
  guid: string;
  name: string;
  /** The parent folder's id, or 'root'. */
  parentId: string;
  folder: boolean;
  content: string;
  version: number;
  created: string;
  modified: string;
}

export interface FakeDrive {
  id: string;
  items: Map<string, FakeDriveItem>;
}

/** A response the fake sends (top level or inside a $batch envelope). */
export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON, or a string sent as it is (file content). */
  body?: unknown;
}

export interface FakeRequest {
  method: string;
  path: string;
  params: URLSearchParams;
  headers: Headers;
  /** The JSON body, parsed; undefined for bodies that are not JSON (file uploads). */
  body: unknown;
  /** The raw body (file uploads). */
  text: string;
}

/** A Graph error response. */
export function fakeError(status: number, code: string, message: string, headers?: Record<string, string>): FakeResponse {
  return { status, headers, body: { error: { code, message, innerError: { 'request-id': randomUUID(), date: new Date().toISOString() } } } };
}

/**
 * Most characters a multi-line text (note) field holds in a SharePoint list. Graph's exact refusal of a
 * longer value is not documented; the fake answers 400 invalidRequest (see fieldsProblem).
 */
export const NOTE_MAX_LENGTH = 63_999;

/** Graph's listItem eTag format: a quoted "{guid},{version}". */
export function eTagOf(item: FakeItem): string {
  return `"${item.guid},${item.version}"`;
}

/** The column type a Graph columnDefinition declares. */
export function columnFromDefinition(definition: Record<string, unknown>): FakeColumn {
  const text = definition.text as { allowMultipleLines?: boolean; maxLength?: number } | undefined;
  const type =
    text !== undefined
      ? text.allowMultipleLines === true
        ? 'note'
        : 'text'
      : (['number', 'boolean', 'dateTime', 'choice', 'currency', 'lookup', 'personOrGroup'].find((t) => t in definition) ?? 'text');
  return {
    id: randomUUID(),
    name: String(definition.name),
    indexed: definition.indexed === true,
    enforceUniqueValues: definition.enforceUniqueValues === true,
    type,
    maxLength: type === 'text' ? (text?.maxLength ?? 255) : undefined,
    definition,
  };
}

/** Why a column definition would be refused by SharePoint, or undefined. */
export function columnProblem(column: FakeColumn): string | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(column.name)) return `Invalid column name '${column.name}'`;
  if (column.indexed && column.type === 'note') return `Column '${column.name}': multiple lines of text cannot be indexed`;
  if (column.enforceUniqueValues && !column.indexed) return `Column '${column.name}': unique values require an indexed column`;
  return undefined;
}

export function newList(displayName: string, template: string): FakeList {
  const title = columnFromDefinition({ name: 'Title', text: {}, indexed: false });
  return { id: randomUUID(), displayName, template, columns: [title], items: new Map(), nextItemId: 1, changeSeq: 0, tombstones: new Map(), deltaEpoch: 1 };
}

/** Why a fieldValueSet would be refused for this list, or undefined. */
export function fieldsProblem(list: FakeList, fields: Record<string, unknown>): string | undefined {
  for (const [name, value] of Object.entries(fields)) {
    const column = list.columns.find((c) => c.name === name);
    if (column === undefined) return `Field '${name}' is not recognized`;
    if (value === null) continue;
    if (column.type === 'number' && typeof value !== 'number') return `Field '${name}' expects a number`;
    if ((column.type === 'text' || column.type === 'note') && typeof value !== 'string') return `Field '${name}' expects text`;
    if (column.maxLength !== undefined && typeof value === 'string' && value.length > column.maxLength)
      return `Field '${name}' exceeds ${column.maxLength} characters`;
    if (column.type === 'note' && typeof value === 'string' && value.length > NOTE_MAX_LENGTH)
      return `The value of field '${name}' is ${value.length} characters long; a multiple lines of text field holds at most ${NOTE_MAX_LENGTH} characters`;
  }
  return undefined;
}

/** The first unique column another item already holds this value in, or undefined. */
export function uniqueViolation(list: FakeList, fields: Record<string, unknown>, selfId?: number): string | undefined {
  for (const column of list.columns.filter((c) => c.enforceUniqueValues)) {
    const value = fields[column.name];
    if (value === undefined || value === null) continue;
    for (const item of list.items.values()) if (item.id !== selfId && item.fields[column.name] === value) return column.name;
  }
  return undefined;
}

/** Records a create or an update in the list's change log. */
export function touch(list: FakeList, item: FakeItem): void {
  item.changeSeq = ++list.changeSeq;
}

/** Removes an item and records its deletion in the change log. */
export function removeItem(list: FakeList, item: FakeItem): void {
  list.items.delete(item.id);
  list.tombstones.set(item.id, ++list.changeSeq);
}
