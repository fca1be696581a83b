import type { Kind } from './kinds';
import { diffFields } from './diff';
import type { Actor, AuditEntry } from './schemas/audit';

type Scoped = { id?: unknown; forvaltningId?: unknown; unitId?: unknown; year?: unknown };
const idOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * The audit entry of one write, the same in every store. A förvaltning's or unit's own record counts
 * as belonging to itself, so `GET /audit?unitId=` also shows changes to the unit.
 */
export function auditEntryOf(
  id: string,
  at: string,
  action: AuditEntry['action'],
  kind: Kind,
  before: object | null,
  after: object | null,
  actor: Actor,
): AuditEntry {
  const item = (after ?? before ?? {}) as Scoped;
  return {
    id,
    at,
    actor,
    action,
    kind,
    itemId: String(item.id),
    forvaltningId: kind === 'forvaltning' ? idOrNull(item.id) : idOrNull(item.forvaltningId),
    unitId: kind === 'unit' ? idOrNull(item.id) : idOrNull(item.unitId),
    year: typeof item.year === 'number' ? item.year : null,
    changes: diffFields(before, after),
  };
}
