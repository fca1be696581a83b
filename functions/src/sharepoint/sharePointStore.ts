import type { Client } from '@microsoft/microsoft-graph-client';
import {
  diffFields,
  itemSchemas,
  StoreError,
  type Actor,
  type AuditEntry,
  type AuditFilter,
  type Filter,
  type ItemOf,
  type Kind,
  type Query,
  type Store,
  type Stored,
} from '@vp/shared';
import { randomUUID } from 'node:crypto';
import { getAllPagesBatched } from './batch';
import { toStoreError } from './graphErrors';
import type { GraphListItem } from './graphTypes';
import { columnValue, eTagOf, fromAuditItem, fromListItem, listItemETag, selectedColumns, toAuditFields, toFields } from './itemMapping';
import { ListIds } from './listIds';
import { AT, columnOf, hasOrder, indexedFieldsOf, ITEM_ID, PAYLOAD, TARGET_ID } from './listSchema';
import { fieldsEqualFilter, withQuery, type Literal } from './odata';
import { getAllPages } from './paging';
import { fileRefOf, PayloadFiles, type FileRef } from './payloadFiles';
import { retryPolicy, type RetryPolicy } from './retryPolicy';

export interface SharePointStoreOptions {
  /** The app's Graph client (createGraphClient): auth and retry are plugged in there. */
  client: Client;
  siteId: string;
  /** Prefix of the list display names (default 'VP'). */
  listPrefix?: string;
  /** Retry policy for throttled requests inside $batch (the client's middleware cannot see those). */
  retry?: Partial<RetryPolicy>;
  /** $top for item reads; unset leaves Graph's default page size. */
  pageSize?: number;
  now?: () => Date;
  newId?: () => string;
}

const DEFAULT_AUDIT_LIMIT = 100;

/** What other readers in this adapter (deltaFollowUp) share with a store: its client, resolved list ids, page size, retry policy and payload files. */
export interface GraphAccess {
  client: Client;
  lists: ListIds;
  retry: RetryPolicy;
  pageSize: number | undefined;
  files: PayloadFiles;
}

/** Audit entries are read with their At column, to pick the newest before any payload file is read. */
const auditColumns = [...selectedColumns, AT] as const;

/**
 * The Store port over SharePoint lists through Microsoft Graph. Items are found by our id in the
 * indexed ItemId column; reads filter on indexed columns only and follow every nextLink; writes use
 * If-Match so a concurrent change surfaces as PRECONDITION_FAILED; every write appends an audit entry.
 *
 * JSON longer than the Payload column takes (a tertial summary; the audit entry of a large item) is
 * kept in a file in the site's document library and Payload refers to it (PayloadFiles). Such an item
 * costs one more request per read (GET …/content, plus the download its 302 leads to), one upload per
 * write, and one delete of the file it no longer uses. A write uploads the new file under a new name
 * first, then writes the list item with If-Match, and deletes the old file only after that succeeded:
 * a 412 (or any failure) leaves the stored item and its file as they were, and the new file is deleted.
 * Up to 4 MB of JSON per item (and per audit entry, which holds an update's before and after).
 */
export class SharePointStore implements Store {
  private readonly client: Client;
  private readonly lists: ListIds;
  private readonly retry: RetryPolicy;
  private readonly pageSize: number | undefined;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly files: PayloadFiles;

  constructor(options: SharePointStoreOptions) {
    this.client = options.client;
    const prefix = options.listPrefix ?? 'VP';
    this.lists = new ListIds(options.client, options.siteId, prefix);
    this.files = new PayloadFiles(options.client, options.siteId, prefix, this.lists);
    this.retry = retryPolicy(options.retry);
    this.pageSize = options.pageSize;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
  }

  /** For readers in this adapter that build their own requests (the delta follow-up mirror). */
  get graph(): GraphAccess {
    return { client: this.client, lists: this.lists, retry: this.retry, pageSize: this.pageSize, files: this.files };
  }

  async list<K extends Kind>(kind: K, filter: Filter = {}): Promise<Stored<ItemOf<K>>[]> {
    const items = await getAllPages<GraphListItem>(this.client, await this.itemsQuery(kind, filterConditions(kind, filter)));
    const resolved = await this.files.resolve(kind, items, selectedColumns);
    return sortItems(kind, resolved.map((li) => fromListItem(kind, li)));
  }

  async listMany<Q extends readonly Query[]>(queries: Q): Promise<{ [I in keyof Q]: Stored<ItemOf<Q[I]['kind']>>[] }> {
    const paths = await Promise.all(queries.map((q) => this.itemsQuery(q.kind, filterConditions(q.kind, q.filter ?? {}))));
    const pages = await getAllPagesBatched<GraphListItem>(this.client, paths, this.retry);
    // Payload files are read after the $batch, one direct request each ($batch does not follow /content's 302).
    const resolved = await Promise.all(pages.map((items, i) => this.files.resolve(queries[i]!.kind, items, selectedColumns)));
    return resolved.map((items, i) => {
      const kind = queries[i]!.kind;
      return sortItems(kind, items.map((li) => fromListItem(kind, li)));
    }) as { [I in keyof Q]: Stored<ItemOf<Q[I]['kind']>>[] };
  }

  async get<K extends Kind>(kind: K, id: string): Promise<Stored<ItemOf<K>> | null> {
    const found = await this.find(kind, id);
    if (found === undefined) return null;
    const [resolved] = await this.files.resolve(kind, [found], selectedColumns);
    return resolved === undefined ? null : fromListItem(kind, resolved);
  }

  async create<K extends Kind>(kind: K, item: ItemOf<K>, actor: Actor): Promise<Stored<ItemOf<K>>> {
    const parsed = itemSchemas[kind].parse(item) as ItemOf<K>;
    const id = idOf(parsed);
    const json = JSON.stringify(parsed);
    this.files.assertStorable(json, `${kind} ${id}`);
    // The unique ItemId column is the real guard against a concurrent create (Graph answers 409).
    if ((await this.find(kind, id)) !== undefined) throw new StoreError('CONFLICT', `${kind} ${id} already exists`);
    const entry = this.auditEntry('create', kind, id, null, parsed, actor);
    const { payload, file } = await this.files.store(kind, id, json);
    const created = await this.client
      .api(await this.lists.path(kind, '/items'))
      .post({ fields: toFields(kind, parsed, payload) })
      .catch(async (e: unknown) => {
        await this.files.discard(file);
        throw toStoreError(e, `create ${kind} ${id}`);
      });
    await this.writeAudit(entry);
    return { ...parsed, eTag: eTagOf(created as GraphListItem) };
  }

  async update<K extends Kind>(kind: K, item: ItemOf<K>, ifMatch: string, actor: Actor): Promise<Stored<ItemOf<K>>> {
    const parsed = itemSchemas[kind].parse(item) as ItemOf<K>;
    const id = idOf(parsed);
    const json = JSON.stringify(parsed);
    this.files.assertStorable(json, `${kind} ${id}`);
    const { listItemId, before, file: oldFile } = await this.current(kind, id, ifMatch);
    const entry = this.auditEntry('update', kind, id, before, parsed, actor);
    // A new file under a new name: until the list item refers to it, the stored version is untouched.
    const { payload, file } = await this.files.store(kind, id, json);
    const fieldValues = await this.client
      .api(await this.lists.path(kind, `/items/${listItemId}/fields`))
      .header('If-Match', ifMatch)
      .patch(toFields(kind, parsed, payload))
      .catch(async (e: unknown) => {
        await this.files.discard(file);
        throw toStoreError(e, `update ${kind} ${id}`);
      });
    await this.files.discard(oldFile);
    await this.writeAudit(entry);
    return { ...parsed, eTag: eTagOf(fieldValues as { '@odata.etag'?: string }) };
  }

  async remove(kind: Kind, id: string, ifMatch: string, actor: Actor): Promise<void> {
    const { listItemId, before, file } = await this.current(kind, id, ifMatch);
    const entry = this.auditEntry('delete', kind, id, before, null, actor);
    await this.client
      .api(await this.lists.path(kind, `/items/${listItemId}`))
      .header('If-Match', ifMatch)
      .delete()
      .catch((e: unknown) => {
        throw toStoreError(e, `remove ${kind} ${id}`);
      });
    await this.files.discard(file);
    await this.writeAudit(entry);
  }

  async listAudit(filter: AuditFilter): Promise<AuditEntry[]> {
    const conditions: [string, Literal][] = [];
    if (filter.itemId !== undefined) conditions.push([TARGET_ID, filter.itemId]);
    if (filter.forvaltningId !== undefined) conditions.push([columnOf.forvaltningId, filter.forvaltningId]);
    if (filter.unitId !== undefined) conditions.push([columnOf.unitId, filter.unitId]);
    const items = await getAllPages<GraphListItem>(this.client, await this.itemsQuery('audit', conditions, undefined, auditColumns));
    // Newest first by the At column (the entry's `at`); SharePoint's integer id breaks ties within one
    // millisecond (it grows with each write). Payload files are read only for the entries returned.
    const entries = items.map((li) => ({ li, at: String(li.fields?.[AT] ?? ''), seq: Number(li.id) }));
    entries.sort((a, b) => (a.at === b.at ? b.seq - a.seq : a.at < b.at ? 1 : -1));
    const newest = entries.slice(0, filter.limit ?? DEFAULT_AUDIT_LIMIT).map((e) => e.li);
    return (await this.files.resolve('audit', newest, auditColumns)).map(fromAuditItem);
  }

  async close(): Promise<void> {
    // Nothing to release: the Graph client holds no connections of its own.
  }

  /** The list item holding our id, or undefined; one request (ItemId is indexed and unique). */
  private async find(kind: Kind, id: string): Promise<GraphListItem | undefined> {
    const path = await this.itemsQuery(kind, [[ITEM_ID, id]], 1);
    const page = (await this.client.api(path).get()) as { value: GraphListItem[] };
    return page.value[0];
  }

  /**
   * The stored version a write replaces, and the payload file it refers to; a stale ifMatch fails here
   * without a write being sent (and before its payload file is read).
   */
  private async current<K extends Kind>(
    kind: K,
    id: string,
    ifMatch: string,
  ): Promise<{ listItemId: string; before: Stored<ItemOf<K>>; file: FileRef | undefined }> {
    const found = await this.find(kind, id);
    if (found === undefined) throw new StoreError('NOT_FOUND', `${kind} ${id} does not exist`);
    const stale = () => new StoreError('PRECONDITION_FAILED', `${kind} ${id} has changed since it was read`);
    if (listItemETag(found) !== ifMatch) throw stale();
    const [resolved] = await this.files.resolve(kind, [found], selectedColumns);
    if (resolved === undefined) throw new StoreError('NOT_FOUND', `${kind} ${id} does not exist`);
    const before = fromListItem(kind, resolved);
    if (before.eTag !== ifMatch) throw stale(); // changed while its file was read
    return { listItemId: found.id, before, file: fileRefOf(found.fields?.[PAYLOAD]) };
  }

  private async itemsQuery(
    key: Kind | 'audit',
    conditions: ReadonlyArray<readonly [string, Literal]>,
    top?: number,
    columns: readonly string[] = selectedColumns,
  ): Promise<string> {
    const size = top ?? this.pageSize;
    return withQuery(await this.lists.path(key, '/items'), {
      expand: `fields(select=${columns.join(',')})`,
      $filter: fieldsEqualFilter(conditions),
      $top: size === undefined ? undefined : String(size),
    });
  }

  /** The audit entry for a write, made before the write so an entry too large to store refuses it. */
  private auditEntry(action: AuditEntry['action'], kind: Kind, itemId: string, before: object | null, after: object | null, actor: Actor): AuditEntry {
    const source = (after ?? before ?? {}) as Partial<Record<'forvaltningId' | 'unitId' | 'year', unknown>>;
    const entry: AuditEntry = {
      id: this.newId(),
      at: this.now().toISOString(),
      actor,
      action,
      kind,
      itemId,
      forvaltningId: typeof source.forvaltningId === 'string' ? source.forvaltningId : null,
      unitId: typeof source.unitId === 'string' ? source.unitId : null,
      year: typeof source.year === 'number' ? source.year : null,
      changes: diffFields(before, after),
    };
    this.files.assertStorable(JSON.stringify(entry), `The audit entry for ${kind} ${itemId}`);
    return entry;
  }

  private async writeAudit(entry: AuditEntry): Promise<void> {
    const { payload, file } = await this.files.store('audit', entry.id, JSON.stringify(entry));
    await this.client
      .api(await this.lists.path('audit', '/items'))
      .post({ fields: toAuditFields(entry, payload) })
      .catch(async (e: unknown) => {
        await this.files.discard(file);
        throw e;
      });
  }
}

function idOf(item: object): string {
  return (item as { id: string }).id;
}

/** Column equality conditions for the indexed fields present in a filter (null → the sentinel). */
export function filterConditions(kind: Kind, filter: Filter): [string, Literal][] {
  return indexedFieldsOf(kind)
    .filter((field) => filter[field] !== undefined)
    .map((field) => [columnOf[field], columnValue(filter[field] as string | number | null)]);
}

/** By `order` then id for kinds that have order, else by id (code-unit order, like SQLite's BINARY). */
export function sortItems<T extends { id: string; order?: number }>(kind: Kind, items: T[]): T[] {
  const byId = (a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return hasOrder(kind) ? items.sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || byId(a, b)) : items.sort(byId);
}
