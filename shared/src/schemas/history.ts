import { z } from 'zod';
import { Actor, FieldChange } from './audit';
import { Id } from './common';

/**
 * One version of a plan item, made by one write of the audit trail: who, when, what changed, and
 * the whole item as it was then (rebuilt from the trail; null when the trail cannot vouch for it).
 */
export const ItemVersion = z.strictObject({
  /** The audit entry of the write that made this version; names the version in a restore. */
  id: Id,
  /** 1 = the oldest version the trail knows (the creation when it is kept), counting up. */
  number: z.number().int().min(1),
  at: z.iso.datetime(),
  actor: Actor,
  action: z.enum(['create', 'update']),
  changes: z.array(FieldChange),
  item: z.record(z.string(), z.unknown()).nullable(),
});
export type ItemVersion = z.infer<typeof ItemVersion>;

/** GET …/{collection}/{itemId}/versions: the item's versions, newest (the current one) first. */
export const ItemHistory = z.strictObject({
  itemId: Id,
  /** The current version's eTag, the If-Match a restore needs. */
  eTag: z.string().min(1),
  /**
   * Whether every version could be rebuilt: false when a write is missing from the trail (or is
   * being recorded right now), then older versions have item null and cannot be restored.
   */
  complete: z.boolean(),
  versions: z.array(ItemVersion),
});
export type ItemHistory = z.infer<typeof ItemHistory>;
