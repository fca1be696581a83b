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
import { columnValue, eTagOf, fromAuditItem, fromListItem, selectedColumns, toAuditFields, toFields } from './itemMapping';
import { ListIds } from './listIds';
import { columnOf, hasOrder, indexedFieldsOf, ITEM_ID, TARGET_ID } from './listSchema';
import { fieldsEqualFilter, withQuery, type Literal } from './odata';
import { getAllPages } from './paging';
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

/** What other readers in this adapter (deltaFollowUp) share with a store: its client, resolved list ids, page size and retry policy. */
export interface GraphAccess {
  client: Client;
  lists: ListIds;
  retry: RetryPolicy;
  pageSize: number | undefined;
}

/**
 * The Store port over SharePoint lists through Microsoft Graph. Items are found by our id in the
 * indexed ItemId column; reads filter on indexed columns only and follow every nextLink; writes use
 * If-Match so a concurrent change surfaces as PRECONDITION_FAILED; every write appends an audit entry.
 */
export class SharePointStore implements Store {
  private readonly client: Client;
  private readonly lists: ListIds;
  private readonly retry: RetryPolicy;
  private readonly pageSize: number | undefined;
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(options: SharePointStoreOptions) {
    this.client = options.client;
    this.lists = new ListIds(options.client, options.siteId, options.listPrefix ?? 'VP');
    this.retry = retryPolicy(options.retry);
    this.pageSize = options.pageSize;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
  }

  /** For readers in this adapter that build their own requests (the delta follow-up mirror). */
  get graph(): GraphAccess {
    return { client: this.client, lists: this.lists, retry: this.retry, pageSize: this.pageSize };
  }

  async list<K extends Kind>(kind: K, filter: Filter = {}): Promise<Stored<ItemOf<K>>[]> {
    const items = await getAllPages<GraphListItem>(this.client, await this.itemsQuery(kind, filterConditions(kind, filter)));
    return sortItems(kind, items.map((li) => fromListItem(kind, li)));
  }

  async listMany<Q extends readonly Query[]>(queries: Q): Promise<{ [I in keyof Q]: Stored<ItemOf<Q[I]['kind']>>[] }> {
    const paths = await Promise.all(queries.map((q) => this.itemsQuery(q.kind, filterConditions(q.kind, q.filter ?? {}))));
    const pages = await getAllPagesBatched<GraphListItem>(this.client, paths, this.retry);
    return pages.map((items, i) => {
      const kind = queries[i]!.kind;
      return sortItems(kind, items.map((li) => fromListItem(kind, li)));
    }) as { [I in keyof Q]: Stored<ItemOf<Q[I]['kind']>>[] };
  }

  async get<K extends Kind>(kind: K, id: string): Promise<Stored<ItemOf<K>> | null> {
    const found = await this.find(kind, id);
    return found === undefined ? null : fromListItem(kind, found);
  }

  async create<K extends Kind>(kind: K, item: ItemOf<K>, actor: Actor): Promise<Stored<ItemOf<K>>> {
    const parsed = itemSchemas[kind].parse(item) as ItemOf<K>;
    const id = idOf(parsed);
    // The unique ItemId column is the real guard against a concurrent create (Graph answers 409).
    if ((await this.find(kind, id)) !== undefined) throw new StoreError('CONFLICT', `${kind} ${id} already exists`);
    const created = await this.client
      .api(await this.lists.path(kind, '/items'))
      .post({ fields: toFields(kind, parsed) })
      .catch((e: unknown) => {
        throw toStoreError(e, `create ${kind} ${id}`);
      });
    await this.audit('create', kind, id, null, parsed, actor);
    return { ...parsed, eTag: eTagOf(created as GraphListItem) };
  }

  async update<K extends Kind>(kind: K, item: ItemOf<K>, ifMatch: string, actor: Actor): Promise<Stored<ItemOf<K>>> {
    const parsed = itemSchemas[kind].parse(item) as ItemOf<K>;
    const id = idOf(parsed);
    const { listItemId, before } = await this.current(kind, id, ifMatch);
    const fieldValues = await this.client
      .api(await this.lists.path(kind, `/items/${listItemId}/fields`))
      .header('If-Match', ifMatch)
      .patch(toFields(kind, parsed))
      .catch((e: unknown) => {
        throw toStoreError(e, `update ${kind} ${id}`);
      });
    await this.audit('update', kind, id, before, parsed, actor);
    return { ...parsed, eTag: eTagOf(fieldValues as { '@odata.etag'?: string }) };
  }

  async remove(kind: Kind, id: string, ifMatch: string, actor: Actor): Promise<void> {
    const { listItemId, before } = await this.current(kind, id, ifMatch);
    await this.client
      .api(await this.lists.path(kind, `/items/${listItemId}`))
      .header('If-Match', ifMatch)
      .delete()
      .catch((e: unknown) => {
        throw toStoreError(e, `remove ${kind} ${id}`);
      });
    await this.audit('delete', kind, id, before, null, actor);
  }

  async listAudit(filter: AuditFilter): Promise<AuditEntry[]> {
    const conditions: [string, Literal][] = [];
    if (filter.itemId !== undefined) conditions.push([TARGET_ID, filter.itemId]);
    if (filter.forvaltningId !== undefined) conditions.push([columnOf.forvaltningId, filter.forvaltningId]);
    if (filter.unitId !== undefined) conditions.push([columnOf.unitId, filter.unitId]);
    const items = await getAllPages<GraphListItem>(this.client, await this.itemsQuery('audit', conditions));
    // Newest first; SharePoint's integer id breaks ties within one millisecond (it grows with each write).
    const entries = items.map((li) => ({ entry: fromAuditItem(li), seq: Number(li.id) }));
    entries.sort((a, b) => (a.entry.at === b.entry.at ? b.seq - a.seq : a.entry.at < b.entry.at ? 1 : -1));
    return entries.slice(0, filter.limit ?? DEFAULT_AUDIT_LIMIT).map((e) => e.entry);
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

  /** The stored version a write replaces; a stale ifMatch fails here without a write being sent. */
  private async current<K extends Kind>(kind: K, id: string, ifMatch: string): Promise<{ listItemId: string; before: Stored<ItemOf<K>> }> {
    const found = await this.find(kind, id);
    if (found === undefined) throw new StoreError('NOT_FOUND', `${kind} ${id} does not exist`);
    const before = fromListItem(kind, found);
    if (before.eTag !== ifMatch) throw new StoreError('PRECONDITION_FAILED', `${kind} ${id} has changed since it was read`);
    return { listItemId: found.id, before };
  }

  private async itemsQuery(key: Kind | 'audit', conditions: ReadonlyArray<readonly [string, Literal]>, top?: number): Promise<string> {
    const size = top ?? this.pageSize;
    return withQuery(await this.lists.path(key, '/items'), {
      expand: `fields(select=${selectedColumns.join(',')})`,
      $filter: fieldsEqualFilter(conditions),
      $top: size === undefined ? undefined : String(size),
    });
  }

  private async audit(
    action: AuditEntry['action'],
    kind: Kind,
    itemId: string,
    before: object | null,
    after: object | null,
    actor: Actor,
  ): Promise<void> {
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
    await this.client.api(await this.lists.path('audit', '/items')).post({ fields: toAuditFields(entry) });
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
