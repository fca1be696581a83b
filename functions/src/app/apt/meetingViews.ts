import { createHash } from 'node:crypto';
import type { AptMeetingView, Store } from '@vp/shared';

/**
 * The live view of a meeting is polled about once a second by everyone in it. Reads of the same
 * meeting on this instance share one store read while it runs and for a short while after (over
 * SharePoint each read is a Graph $batch); this instance's own writes to the meeting or its notes
 * drop the shared read, so the writer sees its write at once. Other instances' writes show within
 * the window.
 */
export const sharedReadMs = 500;

export interface MeetingView {
  view: AptMeetingView;
  eTag: string;
}

interface Entry {
  read: Promise<MeetingView | null>;
  /** when the read settled; null while it runs */
  settledAt: number | null;
}

const cache = new WeakMap<Store, Map<string, Entry>>();

function entriesOf(store: Store): Map<string, Entry> {
  let entries = cache.get(store);
  if (!entries) cache.set(store, (entries = new Map()));
  return entries;
}

/** Covers the meeting and every note: any move, edit or new note changes it. */
function viewETag(view: AptMeetingView): string {
  const hash = createHash('sha256').update(view.meeting.eTag);
  for (const note of view.notes) hash.update(`\n${note.id}:${note.eTag}`);
  return `"apt-${hash.digest('base64url').slice(0, 32)}"`;
}

async function readView(store: Store, meetingId: string): Promise<MeetingView | null> {
  const [[meeting], notes] = await store.listMany([
    { kind: 'aptMeeting', filter: { id: meetingId } },
    { kind: 'aptNote', filter: { parentId: meetingId } },
  ] as const);
  if (!meeting) return null;
  const ordered = [...notes].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const view = { meeting, notes: ordered };
  return { view, eTag: viewETag(view) };
}

/** The meeting and its notes, shared with reads of the same meeting running or just done; null: no such meeting. */
export function readMeetingView(store: Store, meetingId: string, now = Date.now): Promise<MeetingView | null> {
  const entries = entriesOf(store);
  const found = entries.get(meetingId);
  if (found && (found.settledAt === null || now() - found.settledAt < sharedReadMs)) return found.read;
  const entry: Entry = { read: readView(store, meetingId), settledAt: null };
  entries.set(meetingId, entry);
  const settle = () => {
    entry.settledAt = now();
  };
  entry.read.then(settle, () => {
    // A failed read is not shared after it failed: the next poll tries again.
    if (entries.get(meetingId) === entry) entries.delete(meetingId);
  });
  // Expired entries go when their meeting is read again or written; bound the rest.
  if (entries.size > 1_000) for (const [id, e] of entries) if (e.settledAt !== null && now() - e.settledAt >= sharedReadMs) entries.delete(id);
  return entry.read;
}

/** This instance wrote the meeting or one of its notes: the next read goes to the store. */
export function meetingChanged(store: Store, meetingId: string): void {
  entriesOf(store).delete(meetingId);
}

/** Runs a write to the meeting or its notes and drops the shared read after it, whatever the outcome. */
export async function writingMeeting<T>(store: Store, meetingId: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } finally {
    meetingChanged(store, meetingId);
  }
}
