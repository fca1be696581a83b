import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  AuditEntry,
  auditEntryOf,
  itemSchemas,
  storeErrors,
  type Actor,
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
import { migrate } from './migrations';

interface ItemRow {
  id: string;
  version: number;
  data: string;
}

interface AuditRow {
  id: string;
  at: string;
  actor: string;
  action: string;
  kind: string;
  item_id: string;
  forvaltning_id: string | null;
  unit_id: string | null;
  year: number | null;
  changes: string;
}

const filterColumns: Record<keyof Filter, string> = {
  id: 'id',
  forvaltningId: 'forvaltning_id',
  unitId: 'unit_id',
  year: 'year',
  parentId: 'parent_id',
  period: 'period',
  groupId: 'group_id',
};

type Scoped = { forvaltningId?: string; unitId?: string | null; year?: number; parentId?: string | null; period?: string; order?: number; groupId?: string | null };

const eTagOf = (id: string, version: number) => `"${id},${version}"`;

/** The embedded store: one SQLite file (WAL), items as JSON with their indexed columns beside. */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
  }

  async list<K extends Kind>(kind: K, filter: Filter = {}): Promise<Stored<ItemOf<K>>[]> {
    const where = ['kind = ?'];
    const params: unknown[] = [kind];
    for (const [field, value] of Object.entries(filter) as [keyof Filter, unknown][]) {
      if (value === undefined) continue;
      const column = filterColumns[field];
      if (value === null) where.push(`${column} IS NULL`);
      else {
        where.push(`${column} = ?`);
        params.push(value);
      }
    }
    const rows = this.statement(`SELECT id, version, data FROM items WHERE ${where.join(' AND ')} ORDER BY sort_order, id`).all(...params) as ItemRow[];
    return rows.map((row) => this.parse(kind, row));
  }

  async listMany<Q extends readonly Query[]>(queries: Q) {
    const results = await Promise.all(queries.map((q) => this.list(q.kind, q.filter)));
    return results as { [I in keyof Q]: Stored<ItemOf<Q[I]['kind']>>[] };
  }

  /**
   * A version of everything the queries can match: the file's id and the number of the last write to
   * any (kind, förvaltning, unit, year) they read, so it grows with every write to a matching item, its
   * creation and its deletion. Coarser than the queries (id, parentId, period and groupId are not kept apart): a
   * write to a sibling counts too. Read without reading the items.
   */
  lastChange(queries: readonly Query[]): string {
    const clauses: string[] = [];
    const params: unknown[] = [];
    for (const { kind, filter = {} } of queries) {
      const where = ['kind = ?'];
      params.push(kind);
      const keyed = { forvaltning_id: filter.forvaltningId, unit_id: filter.unitId === null ? '' : filter.unitId, year: filter.year };
      for (const [column, value] of Object.entries(keyed)) {
        if (value === undefined) continue;
        where.push(`${column} = ?`);
        params.push(value);
      }
      clauses.push(`(${where.join(' AND ')})`);
    }
    const sql = `SELECT file_id AS file, (SELECT coalesce(max(seq), 0) FROM item_changes WHERE ${clauses.join(' OR ') || '0'}) AS seq FROM change_counter`;
    const row = this.statement(sql).get(...params) as { file: string; seq: number };
    return `${row.file}.${row.seq}`;
  }

  /** How many item writes the file has seen, by any connection: unchanged means nothing was written since. */
  writeCount(): number {
    return (this.statement('SELECT value FROM change_counter').get() as { value: number }).value;
  }

  async get<K extends Kind>(kind: K, id: string): Promise<Stored<ItemOf<K>> | null> {
    const row = this.row(kind, id);
    return row ? this.parse(kind, row) : null;
  }

  async create<K extends Kind>(kind: K, item: ItemOf<K>, actor: Actor): Promise<Stored<ItemOf<K>>> {
    const [result] = await this.writeMany([{ op: 'create', kind, item } as Write], actor);
    return { ...(itemSchemas[kind].parse(item) as ItemOf<K>), eTag: result!.eTag! };
  }

  async update<K extends Kind>(kind: K, item: ItemOf<K>, ifMatch: string, actor: Actor): Promise<Stored<ItemOf<K>>> {
    const [result] = await this.writeMany([{ op: 'update', kind, item, ifMatch } as Write], actor);
    return { ...(itemSchemas[kind].parse(item) as ItemOf<K>), eTag: result!.eTag! };
  }

  async remove(kind: Kind, id: string, ifMatch: string, actor: Actor): Promise<void> {
    await this.writeMany([{ op: 'remove', kind, id, ifMatch } as Write], actor);
  }

  /** One transaction: any failure (a StoreError, a schema error, SQLite's own) rolls back every write and audit entry. */
  async writeMany(writes: readonly Write[], actor: Actor): Promise<WriteResult[]> {
    return this.db.transaction(() => writes.map((write) => this.apply(write, actor)))();
  }

  private apply(write: Write, actor: Actor): WriteResult {
    const { kind } = write;
    if (write.op === 'remove') {
      const current = this.current(kind, write.id, write.ifMatch);
      this.db.prepare('DELETE FROM items WHERE kind = ? AND id = ?').run(kind, write.id);
      this.audit('delete', kind, JSON.parse(current.data), null, actor);
      return { kind, id: write.id, eTag: null };
    }
    const valid = itemSchemas[kind].parse(write.item) as Scoped & { id: string };
    if (write.op === 'create') {
      if (this.row(kind, valid.id)) throw storeErrors.exists(kind, valid.id);
      this.db
        .prepare(
          `INSERT INTO items (kind, id, forvaltning_id, unit_id, year, parent_id, period, group_id, sort_order, version, data)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
        )
        .run(kind, valid.id, ...this.columns(kind, valid), JSON.stringify(valid));
      this.audit('create', kind, null, valid, actor);
      return { kind, id: valid.id, eTag: eTagOf(valid.id, 1) };
    }
    const current = this.current(kind, valid.id, write.ifMatch);
    const version = current.version + 1;
    this.db
      .prepare(
        `UPDATE items SET forvaltning_id = ?, unit_id = ?, year = ?, parent_id = ?, period = ?, group_id = ?, sort_order = ?, version = ?, data = ?
         WHERE kind = ? AND id = ?`,
      )
      .run(...this.columns(kind, valid), version, JSON.stringify(valid), kind, valid.id);
    this.audit('update', kind, JSON.parse(current.data), valid, actor);
    return { kind, id: valid.id, eTag: eTagOf(valid.id, version) };
  }

  async listAudit(filter: AuditFilter): Promise<AuditEntry[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const columns = { forvaltningId: 'forvaltning_id', unitId: 'unit_id', itemId: 'item_id' } as const;
    for (const [field, column] of Object.entries(columns) as [keyof typeof columns, string][]) {
      if (filter[field] === undefined) continue;
      where.push(`${column} = ?`);
      params.push(filter[field]);
    }
    const rows = this.db
      .prepare(`SELECT * FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`)
      .all(...params, filter.limit ?? 100) as AuditRow[];
    return rows.map((row) =>
      AuditEntry.parse({
        id: row.id,
        at: row.at,
        actor: JSON.parse(row.actor),
        action: row.action,
        kind: row.kind,
        itemId: row.item_id,
        forvaltningId: row.forvaltning_id,
        unitId: row.unit_id,
        year: row.year,
        changes: JSON.parse(row.changes),
      }),
    );
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /** Reads prepare their SQL once: their text depends only on which filter fields are set. */
  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private row(kind: Kind, id: string): ItemRow | undefined {
    return this.statement('SELECT id, version, data FROM items WHERE kind = ? AND id = ?').get(kind, id) as ItemRow | undefined;
  }

  /** The current row, or the reason a write against ifMatch must be refused. */
  private current(kind: Kind, id: string, ifMatch: string): ItemRow {
    const row = this.row(kind, id);
    if (!row) throw storeErrors.missing(kind, id);
    if (eTagOf(id, row.version) !== ifMatch) throw storeErrors.stale(kind, id);
    return row;
  }

  /**
   * A row as the item it holds. Not validated again: only this store writes the file, and every write
   * parses the item with its schema first, so each row already met it (SharePoint lists, which people
   * can edit by hand, are validated on read). A schema change that stored rows would not meet comes
   * with a migration that rewrites them, as a change of the tables does. Saves a zod parse per row.
   */
  private parse<K extends Kind>(_kind: K, row: ItemRow): Stored<ItemOf<K>> {
    const item = JSON.parse(row.data) as Stored<ItemOf<K>>;
    item.eTag = eTagOf(row.id, row.version);
    return item;
  }

  private columns(kind: Kind, item: Scoped): unknown[] {
    const forvaltningId = kind === 'forvaltning' ? null : (item.forvaltningId ?? null);
    return [forvaltningId, item.unitId ?? null, item.year ?? null, item.parentId ?? null, item.period ?? null, item.groupId ?? null, item.order ?? 0];
  }

  private audit(action: AuditEntry['action'], kind: Kind, before: Scoped | null, after: Scoped | null, actor: Actor): void {
    const entry = auditEntryOf(randomUUID(), new Date().toISOString(), action, kind, before, after, actor);
    this.db
      .prepare(
        `INSERT INTO audit (id, at, actor, action, kind, item_id, forvaltning_id, unit_id, year, changes)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(entry.id, entry.at, JSON.stringify(actor), action, kind, entry.itemId, entry.forvaltningId, entry.unitId, entry.year, JSON.stringify(entry.changes));
  }
}
