import type { Client } from '@microsoft/microsoft-graph-client';
import {
  auditEntryOf,
  itemSchemas,
  storeErrors,
  writeTarget,
  type Actor,
  type AuditEntry,
  type AuditFilter,
  type Filter,
  type ItemOf,
  type Kind,
  type Query,
  type Store,
  type Stored,
  type Write,
  type WriteResult,
} from '@vp/shared';
import { randomUUID } from 'node:crypto';
import { getAllPagesBatched, innerError, sendChain, sendEach, type BatchStep } from './batch';
import { toStoreError } from './graphErrors';
import type { BatchResponse, GraphListItem } from './graphTypes';
import { columnValue, eTagOf, fromAuditItem, fromListItem, keyColumns, keyOf, listItemETag, selectedColumns, toAuditFields, toFields, type ItemKey } from './itemMapping';
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

  /**
   * What listMany would match, as our ids, eTags and indexed fields only: no payloads (nor payload
   * files) are read or parsed. One $batch, as listMany.
   */
  async listKeys(queries: readonly Query[]): Promise<ItemKey[][]> {
    const paths = await Promise.all(queries.map((q) => this.itemsQuery(q.kind, filterConditions(q.kind, q.filter ?? {}), undefined, keyColumns(q.kind))));
    const pages = await getAllPagesBatched<GraphListItem>(this.client, paths, this.retry);
    return pages.map((items, i) => items.map((li) => keyOf(queries[i]!.kind, li)));
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
    if ((await this.find(kind, id)) !== undefined) throw storeErrors.exists(kind, id);
    const entry = this.auditEntry('create', kind, id, null, parsed, actor);
    const { payload, file } = await this.files.store(kind, id, json);
    const created = await this.client
      .api(await this.lists.path(kind, '/items'))
      .post({ fields: toFields(kind, parsed, payload) })
      .catch(async (e: unknown) => {
        await this.files.discard(file);
        throw toStoreError(e, kind, id);
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
        throw toStoreError(e, kind, id);
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
        throw toStoreError(e, kind, id);
      });
    await this.files.discard(file);
    await this.writeAudit(entry);
  }

  /**
   * All or nothing, as far as Graph allows (the README's "What SharePoint guarantees"):
   * 1. every item is looked up in one $batch and checked (exists for a create → CONFLICT; missing or a
   *    different eTag for an update or remove → NOT_FOUND / PRECONDITION_FAILED) before anything is written;
   * 2. the writes, each update and remove with If-Match and each followed by its audit entry, run as
   *    one serial chain of $batch steps (dependsOn): a step that fails stops every step after it (424);
   * 3. if a step fails anyway (another writer got in between 1 and 2, or Graph failed), the steps that
   *    succeeded are undone in reverse order, each guarded by the eTag it produced: created items and
   *    audit entries are deleted, updated items get their previous fields back, removed items are created
   *    again. Then the error of the failed step is thrown.
   * Put the write that commits the others (a report header) last: it is applied only when all before it were.
   */
  async writeMany(writes: readonly Write[], actor: Actor): Promise<WriteResult[]> {
    const planned = writes.map((write) => this.plan(write));
    const targets = planned.map((p) => `${p.kind} ${p.id}`);
    const twice = targets.find((t, i) => targets.indexOf(t) !== i);
    if (twice !== undefined) throw new Error(`writeMany names ${twice} twice`);
    if (planned.length === 0) return [];

    const lookups = await Promise.all(planned.map((p) => this.itemsQuery(p.kind, [[ITEM_ID, p.id]], 1)));
    const found = (await getAllPagesBatched<GraphListItem>(this.client, lookups, this.retry)).map((items) => items[0]);
    const checked = await Promise.all(
      planned.map(async (p, i) => {
        if (p.write.op !== 'create') return this.checked(p.kind, p.id, p.write.ifMatch, found[i]);
        if (found[i] !== undefined) throw storeErrors.exists(p.kind, p.id);
        return undefined;
      }),
    );
    const entries = planned.map((p, i) => this.auditEntry(actionOf[p.write.op], p.kind, p.id, checked[i]?.before ?? null, p.item ?? null, actor));

    const newFiles: (FileRef | undefined)[] = [];
    const discardNew = () => Promise.all(newFiles.map((f) => this.files.discard(f)));
    // Each write followed by its audit entry: wherever the chain stops, every applied write but the last has its entry.
    const steps: BatchStep[] = [];
    try {
      const auditPath = await this.lists.path('audit', '/items');
      for (const [i, p] of planned.entries()) {
        const path = await this.lists.path(p.kind, '/items');
        const target = checked[i];
        if (p.write.op === 'remove') steps.push({ method: 'DELETE', url: `${path}/${target!.listItemId}`, headers: { 'If-Match': p.write.ifMatch } });
        else {
          const { payload, file } = await this.files.store(p.kind, p.id, p.json!);
          newFiles.push(file);
          const fields = toFields(p.kind, p.item as never, payload);
          steps.push(
            p.write.op === 'create'
              ? { method: 'POST', url: path, headers: jsonHeaders, body: { fields } }
              : { method: 'PATCH', url: `${path}/${target!.listItemId}/fields`, headers: { ...jsonHeaders, 'If-Match': p.write.ifMatch }, body: fields },
          );
        }
        const { payload, file } = await this.files.store('audit', entries[i]!.id, JSON.stringify(entries[i]));
        newFiles.push(file);
        steps.push({ method: 'POST', url: auditPath, headers: jsonHeaders, body: { fields: toAuditFields(entries[i]!, payload) } });
      }
    } catch (e) {
      await discardNew();
      throw e;
    }

    const outcome = await sendChain(this.client, steps, this.retry).catch(async (e: unknown) => {
      await discardNew();
      throw e;
    });
    if (outcome.failed !== undefined) {
      await this.undo(planned, found, checked, outcome.done);
      await discardNew();
      const { index, response } = outcome.failed;
      const error = innerError(response, steps[index]!.url);
      const p = planned[index / 2]; // an item's write (even step), not its audit entry (odd step)
      throw p === undefined ? error : toStoreError(error, p.kind, p.id);
    }
    await Promise.all(checked.map((c) => this.files.discard(c?.file)));
    return planned.map((p, i) => ({ kind: p.kind, id: p.id, eTag: p.write.op === 'remove' ? null : eTagOf(outcome.done[2 * i]!.body as GraphListItem) }));
  }

  /** Parses and sizes one write before anything is sent. */
  private plan(write: Write): Planned {
    if (write.op === 'remove') return { write, kind: write.kind, id: write.id };
    const item = itemSchemas[write.kind].parse(write.item) as object;
    const json = JSON.stringify(item);
    this.files.assertStorable(json, `${write.kind} ${writeTarget(write)}`);
    return { write, kind: write.kind, id: idOf(item), item, json };
  }

  /**
   * Reverses the steps of a failed chain that succeeded (see writeMany), last first, each with the eTag
   * it produced so a later writer's change is never overwritten. Throws when a step cannot be undone.
   */
  private async undo(planned: Planned[], found: (GraphListItem | undefined)[], checked: ({ before: object } | undefined)[], done: BatchResponse[]): Promise<void> {
    const steps: BatchStep[] = [];
    for (let i = done.length - 1; i >= 0; i--) {
      const body = done[i]!.body as GraphListItem & { '@odata.etag'?: string };
      const p = planned[i / 2]; // undefined for the odd steps: audit entries
      if (p === undefined) {
        steps.push({ method: 'DELETE', url: await this.lists.path('audit', `/items/${body.id}`) });
        continue;
      }
      const path = await this.lists.path(p.kind, '/items');
      const previous = found[i / 2];
      if (p.write.op === 'create') steps.push({ method: 'DELETE', url: `${path}/${body.id}`, headers: { 'If-Match': eTagOf(body) } });
      else {
        // The stored fields as they were: Payload as it was (inline JSON or the file still kept), columns from the item.
        const { eTag: _, ...item } = checked[i / 2]!.before as { eTag: string };
        const fields = toFields(p.kind, item as never, String(previous!.fields?.[PAYLOAD]));
        steps.push(
          p.write.op === 'update'
            ? { method: 'PATCH', url: `${path}/${previous!.id}/fields`, headers: { ...jsonHeaders, 'If-Match': eTagOf(body) }, body: fields }
            : { method: 'POST', url: path, headers: jsonHeaders, body: { fields } },
        );
      }
    }
    const responses = await sendEach(this.client, steps, this.retry);
    const failed = responses.map((r, i) => ({ r, step: steps[i]! })).filter(({ r }) => r.status < 200 || r.status >= 300);
    if (failed.length > 0)
      throw new Error(`A multi-item write failed and ${failed.length} of its ${steps.length} applied steps could not be undone: ${failed.map(({ r, step }) => `${step.method} ${step.url} → ${r.status}`).join('; ')}`);
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
    return this.checked(kind, id, ifMatch, found);
  }

  /** As `current`, for a list item already looked up. */
  private async checked<K extends Kind>(
    kind: K,
    id: string,
    ifMatch: string,
    found: GraphListItem | undefined,
  ): Promise<{ listItemId: string; before: Stored<ItemOf<K>>; file: FileRef | undefined }> {
    if (found === undefined) throw storeErrors.missing(kind, id);
    if (listItemETag(found) !== ifMatch) throw storeErrors.stale(kind, id);
    const [resolved] = await this.files.resolve(kind, [found], selectedColumns);
    if (resolved === undefined) throw storeErrors.missing(kind, id);
    const before = fromListItem(kind, resolved);
    if (before.eTag !== ifMatch) throw storeErrors.stale(kind, id); // changed while its file was read
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
    const entry = auditEntryOf(this.newId(), this.now().toISOString(), action, kind, before, after, actor);
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

const jsonHeaders = { 'Content-Type': 'application/json' };
const actionOf = { create: 'create', update: 'update', remove: 'delete' } as const;

/** One write of a writeMany, parsed: the item and its JSON for a create or update. */
interface Planned {
  write: Write;
  kind: Kind;
  id: string;
  item?: object;
  json?: string;
}

function idOf(item: object): string {
  return (item as { id: string }).id;
}

/** Column equality conditions for the indexed fields present in a filter (null → the sentinel). */
export function filterConditions(kind: Kind, filter: Filter): [string, Literal][] {
  const byId: [string, Literal][] = filter.id === undefined ? [] : [[ITEM_ID, filter.id]];
  return [
    ...byId,
    ...indexedFieldsOf(kind)
      .filter((field) => filter[field] !== undefined)
      .map((field): [string, Literal] => [columnOf[field], columnValue(filter[field] as string | number | null)]),
  ];
}

/** By `order` then id for kinds that have order, else by id (code-unit order, like SQLite's BINARY). */
export function sortItems<T extends { id: string; order?: number }>(kind: Kind, items: T[]): T[] {
  const byId = (a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return hasOrder(kind) ? items.sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || byId(a, b)) : items.sort(byId);
}
