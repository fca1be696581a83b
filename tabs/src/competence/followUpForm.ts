import type { ActivityStatus, CompetenceFollowUpPatch, CompetenceFollowUpView } from '@vp/shared';

/** A row's follow-up as the fields hold it: '' for no status. */
export interface EntryForm {
  status: ActivityStatus | '';
  comment: string;
}

export type FollowUpForm = Record<string, EntryForm>;

export function followUpFormOf(view: CompetenceFollowUpView): FollowUpForm {
  return Object.fromEntries(view.entries.map((e) => [e.rowId, { status: e.status ?? '', comment: e.comment }]));
}

/**
 * The rows changed since `base` (the follow-up as the page read it), each naming only the fields changed:
 * a save then keeps what someone else changed in the other rows and fields.
 */
export function followUpPatchOf(form: FollowUpForm, base: FollowUpForm): CompetenceFollowUpPatch['entries'] {
  return Object.entries(form).flatMap(([rowId, entry]) => {
    const before = base[rowId];
    if (!before) return [];
    const changed = {
      ...(entry.status !== before.status ? { status: entry.status || null } : {}),
      ...(entry.comment !== before.comment ? { comment: entry.comment } : {}),
    };
    return Object.keys(changed).length > 0 ? [{ rowId, ...changed }] : [];
  });
}
