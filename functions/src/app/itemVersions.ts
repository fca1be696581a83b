import { isDeepStrictEqual } from 'node:util';
import type { AuditEntry, FieldChange, ItemHistory, ItemVersion, Stored } from '@vp/shared';

type Fields = Record<string, unknown>;

/**
 * Rebuilds every version of an item from its audit trail. An entry holds, per changed top-level
 * field, the value before and after the write; a creation holds every field. So each version is
 * derived twice: backwards from the current item (undoing later writes) and forwards from the
 * creation (redoing earlier ones). A version is given (and restorable) only where both agree, which
 * they do unless a write is missing from the trail or is being recorded right now (the SharePoint
 * store appends the entry after the write). Without the creation entry the backward replay stands
 * alone, checked step by step against each entry's after-values.
 *
 * `entries` are the item's audit entries, newest first.
 */
export function versionsOf(current: Stored<object>, entries: readonly AuditEntry[]): ItemHistory {
  const { eTag, ...now } = current as Stored<Fields>;
  const trail = trailOf(entries);
  const backward = replayBackward(now, trail);
  const forward = replayForward(trail);
  const versions: ItemVersion[] = trail.map((entry, i) => {
    const item = backward[i] ?? null;
    const vouched = item !== null && (forward === null || isDeepStrictEqual(item, forward[i]));
    return {
      id: entry.id,
      number: trail.length - i,
      at: entry.at,
      actor: entry.actor,
      action: entry.action as ItemVersion['action'],
      changes: entry.changes,
      item: vouched ? item : null,
    };
  });
  return { itemId: String(now.id), eTag, complete: versions.every((v) => v.item !== null), versions };
}

/** The writes of this item's life, newest first: up to its creation, and after any earlier item's delete under the same id. */
function trailOf(entries: readonly AuditEntry[]): AuditEntry[] {
  const trail: AuditEntry[] = [];
  for (const entry of entries) {
    if (entry.action === 'delete') break;
    trail.push(entry);
    if (entry.action === 'create') break;
  }
  return trail;
}

/** Version after each entry, from the current item back; null from the first entry that does not fit. */
function replayBackward(now: Fields, trail: readonly AuditEntry[]): (Fields | null)[] {
  let state: Fields | null = now;
  return trail.map((entry) => {
    if (state !== null && !entry.changes.every((c) => isDeepStrictEqual(state![c.field] ?? null, c.after))) state = null;
    const version = state;
    if (state !== null && entry.action !== 'create') state = applied(state, entry.changes, 'before');
    return version;
  });
}

/** Version after each entry, from the creation forward (aligned newest first); null without a creation entry. */
function replayForward(trail: readonly AuditEntry[]): Fields[] | null {
  const creation = trail.at(-1);
  if (creation?.action !== 'create') return null;
  const versions: Fields[] = [];
  let state: Fields = applied({}, creation.changes, 'after');
  versions.unshift(state);
  for (const entry of trail.slice(0, -1).reverse()) {
    state = applied(state, entry.changes, 'after');
    versions.unshift(state);
  }
  return versions;
}

function applied(state: Fields, changes: readonly FieldChange[], side: 'before' | 'after'): Fields {
  const next = { ...state };
  for (const change of changes) next[change.field] = change[side];
  return next;
}
