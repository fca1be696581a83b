import type { Actor, AuditEntry } from './schemas/audit';
import type { ItemOf, Kind } from './kinds';
import type { Period } from './schemas/report';

/** A stored item with the version tag a later write must present (If-Match). */
export type Stored<T> = T & { eTag: string };

/** Equality filter on indexed columns; `unitId: null` matches förvaltning-owned items. */
export interface Filter {
  forvaltningId?: string;
  unitId?: string | null;
  year?: number;
  parentId?: string | null;
  period?: Period;
}

export interface Query<K extends Kind = Kind> {
  kind: K;
  filter?: Filter;
}

export interface AuditFilter {
  forvaltningId?: string;
  unitId?: string;
  itemId?: string;
  /** Newest first; at most this many (default 100). */
  limit?: number;
}

/**
 * The storage port. Adapters: SQLite (embedded default) and SharePoint lists via Graph.
 * Every write is recorded in the audit trail by the adapter. Expected failures throw StoreError.
 */
export interface Store {
  list<K extends Kind>(kind: K, filter?: Filter): Promise<Stored<ItemOf<K>>[]>;
  /** Several lists at once, results in query order (the SharePoint adapter sends one $batch). */
  listMany<Q extends readonly Query[]>(queries: Q): Promise<{ [I in keyof Q]: Stored<ItemOf<Q[I]['kind']>>[] }>;
  get<K extends Kind>(kind: K, id: string): Promise<Stored<ItemOf<K>> | null>;
  /** Fails with CONFLICT when the id exists. */
  create<K extends Kind>(kind: K, item: ItemOf<K>, actor: Actor): Promise<Stored<ItemOf<K>>>;
  /** Replaces the item; fails with PRECONDITION_FAILED when ifMatch is not the current eTag. */
  update<K extends Kind>(kind: K, item: ItemOf<K>, ifMatch: string, actor: Actor): Promise<Stored<ItemOf<K>>>;
  /** Fails with PRECONDITION_FAILED when ifMatch is not the current eTag. */
  remove(kind: Kind, id: string, ifMatch: string, actor: Actor): Promise<void>;
  listAudit(filter: AuditFilter): Promise<AuditEntry[]>;
  close(): Promise<void>;
}

export type StoreErrorCode = 'NOT_FOUND' | 'PRECONDITION_FAILED' | 'CONFLICT';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export function isStoreError(e: unknown, code?: StoreErrorCode): e is StoreError {
  return e instanceof StoreError && (code === undefined || e.code === code);
}
