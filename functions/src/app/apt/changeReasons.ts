import { goalTextLabel, type AuditEntry } from '@vp/shared';

/** A plan item as the change reasons need it: its kind, the goal it hangs under and what it is called. */
export interface PlanItemRef {
  kind: 'goal' | 'indicator' | 'activity';
  id: string;
  parentId: string | null;
  name: string;
}

/** The field names as the plan tab labels them, in lower case inside a sentence. */
const fieldLabels: Record<string, string> = {
  ...Object.fromEntries(Object.entries(goalTextLabel).map(([field, label]) => [field, label.toLowerCase()])),
  title: 'rubrik',
  number: 'nummer',
  level: 'nivå',
  name: 'namn',
  measureUnit: 'enhet',
  direction: 'riktning',
  annualTarget: 'årsmål',
  councilTarget: 'KF:s årsmål',
  periodicity: 'periodicitet',
  aggregation: 'beräkning',
  applicableUnitIds: 'gäller enheterna',
  text: 'text',
  start: 'startdatum',
  end: 'slutdatum',
  responsible: 'ansvarig',
  order: 'ordning',
  parentId: 'placering',
};

/** Fields that say where an item belongs, not what it says: never a change worth a meeting. */
const scopeFields = new Set(['id', 'forvaltningId', 'unitId', 'year']);

const kindWords = { goal: 'målet', indicator: 'indikatorn', activity: 'aktiviteten' } as const;

/** At most this many change reasons per goal; the rest are counted. */
export const maxChangeReasons = 5;

interface ItemChange {
  ref: PlanItemRef;
  created: boolean;
  deleted: boolean;
  fields: Set<string>;
}

/** A field's value as the entry last knew it (a deleted item's values are its "before"). */
function fieldOf(entry: AuditEntry, field: string): unknown {
  const change = entry.changes.find((c) => c.field === field);
  return change === undefined ? undefined : (change.after ?? change.before);
}

function refOf(entry: AuditEntry, current: ReadonlyMap<string, PlanItemRef>): PlanItemRef | null {
  const known = current.get(entry.itemId);
  if (known) return known;
  if (entry.kind !== 'goal' && entry.kind !== 'indicator' && entry.kind !== 'activity') return null;
  const parentId = fieldOf(entry, 'parentId');
  const name = fieldOf(entry, entry.kind === 'goal' ? 'title' : entry.kind === 'indicator' ? 'name' : 'text');
  return { kind: entry.kind, id: entry.itemId, parentId: typeof parentId === 'string' ? parentId : null, name: typeof name === 'string' ? name : entry.itemId };
}

function describe(change: ItemChange): string {
  const what = change.deleted ? (change.ref.kind === 'goal' ? 'borttaget' : 'borttagen') : change.created ? (change.ref.kind === 'goal' ? 'nytt' : 'ny') : [...change.fields].map((f) => fieldLabels[f] ?? f).join(', ');
  return change.ref.kind === 'goal' ? `${kindWords.goal} (${what})` : `${kindWords[change.ref.kind]} "${change.ref.name}" (${what})`;
}

/**
 * The plan changes after `since`, as reasons per goal: one per goal, indicator or activity changed
 * (an indicator or activity counts for the goal it hangs under, a deleted one by the values its audit
 * entry kept), oldest first, at most maxChangeReasons per goal and then how many more.
 */
export function changeReasons(audit: readonly AuditEntry[], since: string, current: ReadonlyMap<string, PlanItemRef>, prefix: string): Map<string, string[]> {
  const changes = new Map<string, ItemChange>();
  const after = audit.filter((e) => Date.parse(e.at) > Date.parse(since)).sort((a, b) => a.at.localeCompare(b.at));
  for (const entry of after) {
    const ref = refOf(entry, current);
    if (!ref) continue;
    const change = changes.get(ref.id) ?? { ref, created: false, deleted: false, fields: new Set<string>() };
    if (entry.action === 'create') change.created = true;
    if (entry.action === 'delete') change.deleted = true;
    if (entry.action === 'update') for (const c of entry.changes) if (!scopeFields.has(c.field)) change.fields.add(c.field);
    if (entry.action !== 'update' || change.fields.size > 0) changes.set(ref.id, change);
  }
  const byGoal = new Map<string, ItemChange[]>();
  for (const change of changes.values()) {
    const goalId = change.ref.kind === 'goal' ? change.ref.id : change.ref.parentId;
    if (goalId === null) continue;
    byGoal.set(goalId, [...(byGoal.get(goalId) ?? []), change]);
  }
  const reasons = new Map<string, string[]>();
  for (const [goalId, list] of byGoal) {
    const named = list.slice(0, maxChangeReasons).map((c) => `${prefix}: ${describe(c)}`);
    const rest = list.length - named.length;
    reasons.set(goalId, rest > 0 ? [...named, `och ${rest} ändringar till`] : named);
  }
  return reasons;
}
