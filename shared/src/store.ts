import type { Actor, AuditEntry } from './schemas/audit';
import type { ItemOf, Kind } from './kinds';
import type { Period } from './schemas/report';
import type { FieldError } from './schemas/responses';

/** A stored item with the version tag a later write must present (If-Match). */
export type Stored<T> = T & { eTag: string };

/** Equality filter on indexed columns; `unitId: null` matches förvaltning-owned items. */
export interface Filter {
  /** The item's own id (at most one item): lets a batch read an item beside lists. */
  id?: string;
  forvaltningId?: string;
  unitId?: string | null;
  year?: number;
  parentId?: string | null;
  period?: Period;
  /** units and förvaltningar linked to a Microsoft 365 group; null: not linked */
  groupId?: string | null;
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
  /**
   * Applies every write or none: each create fails with CONFLICT when its id exists, each update or
   * remove with NOT_FOUND or PRECONDITION_FAILED as alone, and then nothing is written (no item, no
   * audit entry). Writes apply in the order given (put the one that commits the others last) and are
   * audited one entry each. Results are in write order: the new eTag, or null for a remove.
   * SQLite runs one transaction; what SharePoint can promise is in the README.
   */
  writeMany(writes: readonly Write[], actor: Actor): Promise<WriteResult[]>;
  listAudit(filter: AuditFilter): Promise<AuditEntry[]>;
  close(): Promise<void>;
}

/** One write of a writeMany. */
export type Write = {
  [K in Kind]: { op: 'create'; kind: K; item: ItemOf<K> } | { op: 'update'; kind: K; item: ItemOf<K>; ifMatch: string } | { op: 'remove'; kind: K; id: string; ifMatch: string };
}[Kind];

export interface WriteResult {
  kind: Kind;
  id: string;
  /** The item's new eTag; null after a remove. */
  eTag: string | null;
}

/** The id a write is about. */
export function writeTarget(write: Write): string {
  return write.op === 'remove' ? write.id : (write.item as { id: string }).id;
}

/** STORED_DATA_INVALID: a stored row (edited by hand in SharePoint) does not hold a valid item. */
export type StoreErrorCode = 'NOT_FOUND' | 'PRECONDITION_FAILED' | 'CONFLICT' | 'STORED_DATA_INVALID';

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

/** What a user reads about each kind in an error (Målet "g1" finns redan.). */
const kindNames: Record<Kind, string> = {
  forvaltning: 'Förvaltningen',
  unit: 'Enheten',
  plan: 'Planen',
  section: 'Avsnittet',
  goal: 'Målet',
  indicator: 'Indikatorn',
  activity: 'Aktiviteten',
  report: 'Rapporten',
  goalReport: 'Bedömningen av målet',
  indicatorReport: 'Utfallet för indikatorn',
  activityReport: 'Statusen för aktiviteten',
  summary: 'Tertialsammanställningen',
  approval: 'Godkännandet',
  approvalEvent: 'Händelsen i godkännandets historik',
  channelPost: 'Kanalmeddelandet',
  goalAnalysis: 'Förvaltningens analys av nämndmålet',
  aptMeeting: 'APT-mötet',
  aptNote: 'Anteckningen från APT',
  goalFlag: 'Flaggan för APT',
  competenceRow: 'Raden i kompetensförsörjningsplanen',
  competenceReport: 'Uppföljningen av raden i kompetensförsörjningsplanen',
  skaResult: 'Resultattabellen i planen för systematiskt kvalitetsarbete',
  skaAssessment: 'Självskattningen i planen för systematiskt kvalitetsarbete',
  skaAnalysis: 'Analysen i planen för systematiskt kvalitetsarbete',
  skaArea: 'Förbättrings- eller utvecklingsområdet',
};

/** Where an invalid row is: our item id when it can be read, and SharePoint's list item id. */
export interface InvalidRow {
  itemId?: string;
  listItemId: string;
}

/** Beyond this many wrong fields the message only counts the rest: it must stay readable. */
const FIELDS_NAMED = 5;

function wrongFields(problems: readonly FieldError[]): string {
  const named = problems.slice(0, FIELDS_NAMED).map((p) => (p.field ? `${p.field} – ${p.message}` : p.message));
  const rest = problems.length - named.length;
  return rest > 0 ? `${named.join('; ')} (och ${rest} fält till)` : named.join('; ');
}

/** Message for a row that cannot be read: what an administrator needs to find it and what to fix. */
function invalidRowMessage(kind: Kind | 'audit', row: InvalidRow, problems: readonly FieldError[] | 'notJson'): string {
  const name = kind === 'audit' ? 'Historikposten' : kindNames[kind];
  const where = row.itemId ? `${name} "${row.itemId}" (rad ${row.listItemId} i SharePoint-listan)` : `${name} på rad ${row.listItemId} i SharePoint-listan`;
  const what = problems === 'notJson' ? 'kan inte läsas: innehållet är inte giltig JSON' : `har ogiltiga värden: ${wrongFields(problems)}`;
  return `${where} ${what}. Rätta raden i SharePoint eller återställ en tidigare version.`;
}

/** The StoreErrors every adapter throws, with the same Swedish messages. */
export const storeErrors = {
  exists: (kind: Kind, id: string) => new StoreError('CONFLICT', `${kindNames[kind]} "${id}" finns redan.`),
  missing: (kind: Kind, id: string) => new StoreError('NOT_FOUND', `${kindNames[kind]} "${id}" finns inte.`),
  stale: (kind: Kind, id: string) => new StoreError('PRECONDITION_FAILED', `${kindNames[kind]} "${id}" har ändrats av någon annan under tiden.`),
  /** A stored row that is not JSON ('notJson') or breaks the schema (its field errors). */
  invalidRow: (kind: Kind | 'audit', row: InvalidRow, problems: readonly FieldError[] | 'notJson') =>
    new StoreError('STORED_DATA_INVALID', invalidRowMessage(kind, row, problems)),
};
