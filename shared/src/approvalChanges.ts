import { z } from 'zod';
import { diffFields } from './diff';
import { Actor, FieldChange } from './schemas/audit';

/**
 * What changed in an approved subject since it was approved: the approved content (kept on the approve
 * event) against the content now, item by item. Content is a plan tree, a report view or a summary; an
 * item is any object in it with an id — or, for a report's entries, the goal, indicator or activity it is
 * about — and its fields are its values other than the items under it.
 */
export const ContentChange = z.strictObject({
  /** the item's id, or "goalId:g1" for a report's entry about goal g1 */
  key: z.string(),
  title: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  /** changed: the fields whose values differ; added and removed: none */
  fields: z.array(FieldChange),
});
export type ContentChange = z.infer<typeof ContentChange>;

/** GET …/approval/changes: the last approved version and what differs from it now; approved null: never approved. */
export const ApprovalChanges = z.strictObject({
  approved: z.strictObject({ version: z.number().int().min(1), at: z.iso.datetime(), by: Actor }).nullable(),
  changes: z.array(ContentChange),
});
export type ApprovalChanges = z.infer<typeof ApprovalChanges>;

/** Entries of a report name what they are about instead of carrying an id of their own. */
// Most specific first: a summary's activity roll-up names its activity and the goal it is under.
const entryKeys = ['activityId', 'indicatorId', 'goalId'] as const;

/**
 * Values that say where or when, not what: the version tag, the state of the approval itself, derived
 * progress, the previous period shown beside a report, and when a summary or overview was computed.
 */
const ignored = new Set(['eTag', 'status', 'statusAt', 'statusBy', 'progress', 'previous', 'computedAt', 'createdAt', 'createdBy', 'id']);

interface ContentItem {
  title: string;
  fields: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function keyOf(value: Record<string, unknown>): string | null {
  if (typeof value.id === 'string') return value.id;
  const entry = entryKeys.find((k) => typeof value[k] === 'string');
  return entry ? `${entry}:${value[entry] as string}` : null;
}

const holdsItems = (value: unknown): boolean =>
  (isRecord(value) && keyOf(value) !== null) || (Array.isArray(value) && value.some((v) => isRecord(v) && keyOf(v) !== null)) || (isRecord(value) && Object.values(value).some(holdsItems));

/** Every item in the content by its key, with its own fields (what hangs under it is items of their own). */
export function contentItems(content: unknown): Map<string, ContentItem> {
  const items = new Map<string, ContentItem>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isRecord(value)) return;
    const key = keyOf(value);
    const fields: Record<string, unknown> = {};
    for (const [field, inner] of Object.entries(value)) {
      if (field === 'previous') continue;
      if (holdsItems(inner)) visit(inner);
      else if (key !== null && !ignored.has(field)) fields[field] = inner;
    }
    if (key !== null && !items.has(key)) items.set(key, { title: titleOf(value) ?? key, fields });
  };
  visit(content);
  return items;
}

function titleOf(value: Record<string, unknown>): string | null {
  for (const field of ['title', 'name', 'text'] as const) if (typeof value[field] === 'string' && value[field] !== '') return value[field] as string;
  return null;
}

/**
 * The items added, removed and changed between two contents, in the order they appear now (removed
 * ones last). titles names the items the contents do not title themselves (a report's entries by their
 * goal, indicator or activity), by key.
 */
export function contentChanges(before: unknown, after: unknown, titles: ReadonlyMap<string, string> = new Map()): ContentChange[] {
  const then = contentItems(before);
  const now = contentItems(after);
  const title = (key: string, item: ContentItem) => titles.get(key) ?? titles.get(key.slice(key.indexOf(':') + 1)) ?? item.title;
  const changes: ContentChange[] = [];
  for (const [key, item] of now) {
    const old = then.get(key);
    if (!old) changes.push({ key, title: title(key, item), change: 'added', fields: [] });
    else {
      const fields = diffFields(old.fields, item.fields);
      if (fields.length > 0) changes.push({ key, title: title(key, item), change: 'changed', fields });
    }
  }
  for (const [key, item] of then) if (!now.has(key)) changes.push({ key, title: title(key, item), change: 'removed', fields: [] });
  return changes;
}
