import type { ItemOf, Kind, Query, Stored } from '@vp/shared';
import type { ListsOf } from '../app/overview/followUpData';
import { getAllPagesBatched, readPagesBatched } from './batch';
import type { GraphListItem } from './graphTypes';
import { fromListItem } from './itemMapping';
import { columnOf, indexedFieldsOf, ITEM_ID, PAYLOAD } from './listSchema';
import { fieldsEqualFilter, versionRelative, withQuery, type Literal } from './odata';
import { filterConditions, sortItems, type GraphAccess } from './sharePointStore';

/**
 * Keeps Store.listMany answers current with Graph's list-item delta instead of reading them again.
 *
 * Per list it holds one change cursor (the @odata.deltaLink) and the items that match at least one of
 * the queries asked of it; each answer is those items filtered in memory, exactly as the indexed
 * $filter would. Graph's delta cannot be filtered (it takes only $select, $expand and $top), so:
 *
 * - a list seen for the first time gets its cursor from `delta?token=latest` (no items), and only then
 *   are its queries read with the same filtered, paged, indexed requests the store uses — in that order,
 *   so a change between the two is at worst seen twice (applying a latest state twice is harmless) and
 *   never lost; a delta enumeration would transfer every förvaltning's every year and period;
 * - every later call first asks each list's deltaLink for what changed since (one request per list in
 *   one $batch, more only when the changes span pages), applies created and updated items that match a
 *   query (dropping those that no longer do) and drops items marked `deleted` — which carry nothing but
 *   SharePoint's item id, so items are kept by that id — and then reads only queries not mirrored yet;
 * - a 410 Gone (the token expired) or a changed item without fields drops the list's mirror, which is
 *   then started again as above; Graph's Location header would start an unfiltered enumeration instead;
 * - an item whose JSON is kept in a payload file (a tertial summary) costs one more request when it is
 *   loaded or reported changed, and only if a query wants it (PayloadFiles.resolve); unchanged items
 *   are never read again.
 *
 * Memory: only items matching a mirrored query are kept, and at most `maxQueries` queries are mirrored
 * (least recently used dropped with the items only they needed, and a list without queries loses its
 * cursor). Calls run one at a time; a call waiting for the same queries as another waiting call joins it.
 * Answers share frozen item objects with the mirror: read them, do not change them.
 */
export interface DeltaMirrorOptions {
  /** Most queries mirrored at once (default 32: four förvaltning periods of the overview's eight). */
  maxQueries?: number;
}

type Condition = readonly [column: string, value: Literal];

interface Entry {
  item: Stored<ItemOf<Kind>>;
  /** The indexed columns' values, as Graph's $filter sees them. */
  columns: Record<string, unknown>;
}

interface MirroredQuery {
  conditions: Condition[];
  lastUsed: number;
}

interface ListMirror {
  kind: Kind;
  deltaLink: string;
  /** By SharePoint's list item id: deleted items in a delta answer carry nothing else. */
  entries: Map<string, Entry>;
  queries: Map<string, MirroredQuery>;
}

interface Wanted {
  kind: Kind;
  key: string;
  conditions: Condition[];
}

export interface DeltaMirrorStats {
  lists: number;
  queries: number;
  items: number;
}

const DEFAULT_MAX_QUERIES = 32;
const GONE = 410;
/** How `delta?token=latest` fails where Graph has no list-item delta (the v1.0 reference lists it for the global service only). */
const UNSUPPORTED = new Set([400, 404, 405, 501]);

/** Graph refused list-item delta itself; readers fall back to plain reads. */
export class DeltaUnsupportedError extends Error {
  override name = 'DeltaUnsupportedError';
}

export class DeltaMirror {
  private readonly maxQueries: number;
  private readonly lists = new Map<Kind, ListMirror>();
  private readonly waiting = new Map<string, Promise<unknown>>();
  private queue: Promise<unknown> = Promise.resolve();
  private clock = 0;

  constructor(
    private readonly graph: GraphAccess,
    options: DeltaMirrorOptions = {},
  ) {
    this.maxQueries = Math.max(1, options.maxQueries ?? DEFAULT_MAX_QUERIES);
  }

  /** The same answers as SharePointStore.listMany, from the mirror brought up to date first. */
  listMany<Q extends readonly Query[]>(queries: Q): Promise<ListsOf<Q>> {
    const wanted = queries.map((q): Wanted => ({ kind: q.kind, key: queryKey(q), conditions: filterConditions(q.kind, q.filter ?? {}) }));
    const callKey = wanted.map((w) => w.key).join('\n');
    const joined = this.waiting.get(callKey);
    if (joined !== undefined) return joined as Promise<ListsOf<Q>>;
    const run = this.queue.then(() => {
      this.waiting.delete(callKey);
      return this.answer(wanted);
    });
    this.waiting.set(callKey, run);
    this.queue = run.catch(() => undefined);
    return run as Promise<ListsOf<Q>>;
  }

  /** What the mirror holds now. */
  stats(): DeltaMirrorStats {
    const lists = [...this.lists.values()];
    return {
      lists: lists.length,
      queries: lists.reduce((n, l) => n + l.queries.size, 0),
      items: lists.reduce((n, l) => n + l.entries.size, 0),
    };
  }

  private async answer(wanted: Wanted[]): Promise<Stored<ItemOf<Kind>>[][]> {
    await this.advance([...new Set(wanted.map((w) => w.kind))]);
    const missing = [...new Map(wanted.filter((w) => !this.list(w.kind).queries.has(w.key)).map((w) => [w.key, w])).values()];
    if (missing.length > 0) await this.load(missing);
    for (const w of wanted) this.list(w.kind).queries.get(w.key)!.lastUsed = ++this.clock;
    this.evict(new Set(wanted.map((w) => w.key)));
    return wanted.map((w) => {
      const items = [...this.list(w.kind).entries.values()].filter((e) => matches(e.columns, w.conditions)).map((e) => e.item);
      return sortItems(w.kind, items);
    });
  }

  /** Applies each known list's changes since its cursor; starts a cursor for lists not known yet. */
  private async advance(kinds: Kind[]): Promise<void> {
    const known = kinds.filter((k) => this.lists.has(k));
    const paths = known.map((k) => versionRelative(this.list(k).deltaLink));
    const reads = await readPagesBatched<GraphListItem>(this.graph.client, paths, this.graph.retry, { isolate: (status) => status === GONE });
    for (const [i, kind] of known.entries()) {
      const read = reads[i]!;
      if (!read.ok || !(await this.apply(this.list(kind), read.value, read.deltaLink))) this.lists.delete(kind);
    }
    await this.start(kinds.filter((k) => !this.lists.has(k)));
  }

  /** Takes a cursor at "now" for each list (`token=latest` answers no items, only a deltaLink). */
  private async start(kinds: Kind[]): Promise<void> {
    if (kinds.length === 0) return;
    const paths = await Promise.all(kinds.map(async (kind) => withQuery(await this.graph.lists.path(kind, '/items/delta'), { token: 'latest', ...this.shape(kind) })));
    const reads = await readPagesBatched<GraphListItem>(this.graph.client, paths, this.graph.retry, { isolate: (status) => UNSUPPORTED.has(status) });
    kinds.forEach((kind, i) => {
      const read = reads[i]!;
      if (!read.ok) throw new DeltaUnsupportedError(`Graph does not offer list-item delta here (${read.error.statusCode} for the ${kind} list): ${read.error.message}`);
      if (read.deltaLink === undefined) throw new Error(`Graph answered delta?token=latest for the ${kind} list without a deltaLink`);
      this.lists.set(kind, { kind, deltaLink: read.deltaLink, entries: new Map(), queries: new Map() });
    });
  }

  /** Reads queries not mirrored yet with the store's filtered, paged requests (one $batch). */
  private async load(missing: Wanted[]): Promise<void> {
    const paths = await Promise.all(
      missing.map(async (w) => withQuery(await this.graph.lists.path(w.kind, '/items'), { ...this.shape(w.kind), $filter: fieldsEqualFilter(w.conditions) })),
    );
    const pages = await getAllPagesBatched<GraphListItem>(this.graph.client, paths, this.graph.retry);
    const resolved = await Promise.all(missing.map((w, i) => this.graph.files.resolve(w.kind, pages[i]!, columnsRead(w.kind))));
    const loaded = missing.map((w, i) => resolved[i]!.map((listItem) => [listItem.id, entryOf(w.kind, listItem)] as const)); // parse all before changing anything
    missing.forEach((w, i) => {
      const list = this.list(w.kind);
      for (const [id, entry] of loaded[i]!) list.entries.set(id, entry);
      list.queries.set(w.key, { conditions: w.conditions, lastUsed: 0 });
    });
  }

  /**
   * Applies one list's delta answer (in order: the last occurrence of an item wins). Returns false when
   * the answer cannot be applied and the list must be started again. Nothing changes unless it succeeds.
   */
  private async apply(list: ListMirror, changes: GraphListItem[], deltaLink: string | undefined): Promise<boolean> {
    if (deltaLink === undefined) return false;
    const latest = new Map<string, GraphListItem | null>();
    for (const change of changes) {
      if (change.deleted !== undefined) {
        latest.set(change.id, null);
        continue;
      }
      if (change.fields === undefined) return false;
      const columns = columnsOf(list.kind, change.fields);
      const wanted = [...list.queries.values()].some((q) => matches(columns, q.conditions));
      latest.set(change.id, wanted ? change : null);
    }
    const wantedItems = [...latest.values()].filter((li): li is GraphListItem => li !== null);
    // Items deleted since the delta answer are left out here, and so dropped like deleted ones.
    const resolved = new Map((await this.graph.files.resolve(list.kind, wantedItems, columnsRead(list.kind))).map((li) => [li.id, li]));
    const updates = new Map<string, Entry | null>();
    for (const [id, change] of latest) {
      const listItem = change === null ? undefined : resolved.get(id);
      updates.set(id, listItem === undefined ? null : entryOf(list.kind, listItem));
    }
    for (const [id, entry] of updates) {
      if (entry === null) list.entries.delete(id);
      else list.entries.set(id, entry);
    }
    list.deltaLink = deltaLink;
    return true;
  }

  /** Drops the least recently used queries beyond maxQueries (never those of the current call). */
  private evict(keep: Set<string>): void {
    const all = [...this.lists.values()].flatMap((list) => [...list.queries.entries()].map(([key, q]) => ({ list, key, lastUsed: q.lastUsed })));
    const excess = all.length - this.maxQueries;
    if (excess <= 0) return;
    const victims = all.filter((q) => !keep.has(q.key)).sort((a, b) => a.lastUsed - b.lastUsed).slice(0, excess);
    for (const { list, key } of victims) list.queries.delete(key);
    for (const list of new Set(victims.map((v) => v.list))) {
      if (list.queries.size === 0) {
        this.lists.delete(list.kind);
        continue;
      }
      const remaining = [...list.queries.values()];
      for (const [id, entry] of list.entries) if (!remaining.some((q) => matches(entry.columns, q.conditions))) list.entries.delete(id);
    }
  }

  /** $expand (and $top) for a kind's items: our id, the payload and the indexed columns matched on. */
  private shape(kind: Kind): Record<string, string | undefined> {
    return { expand: `fields(select=${columnsRead(kind).join(',')})`, $top: this.graph.pageSize === undefined ? undefined : String(this.graph.pageSize) };
  }

  private list(kind: Kind): ListMirror {
    const list = this.lists.get(kind);
    if (list === undefined) throw new Error(`No mirror of the ${kind} list`);
    return list;
  }
}

function indexedColumns(kind: Kind): string[] {
  return indexedFieldsOf(kind).map((field) => columnOf[field]);
}

/** The fields read for a kind's items: our id, the payload and the indexed columns matched on. */
function columnsRead(kind: Kind): string[] {
  return [ITEM_ID, PAYLOAD, ...indexedColumns(kind)];
}

/** The columns a filter can name (our id and the indexed columns), as read. */
function columnsOf(kind: Kind, fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries([ITEM_ID, ...indexedColumns(kind)].map((column) => [column, fields[column] ?? null]));
}

function entryOf(kind: Kind, listItem: GraphListItem): Entry {
  return { item: Object.freeze(fromListItem(kind, listItem)), columns: columnsOf(kind, listItem.fields ?? {}) };
}

/** Column equality as Graph's $filter applies it; numbers may come back from Graph as numbers or text. */
function matches(columns: Record<string, unknown>, conditions: readonly Condition[]): boolean {
  return conditions.every(([column, value]) => {
    const actual = columns[column];
    return typeof value === 'number' ? actual !== null && actual !== '' && Number(actual) === value : actual === value;
  });
}

function queryKey(query: Query): string {
  const filter = query.filter ?? {};
  const parts = Object.keys(filter)
    .sort()
    .map((key) => [key, filter[key as keyof typeof filter]]);
  return `${query.kind}:${JSON.stringify(parts)}`;
}
