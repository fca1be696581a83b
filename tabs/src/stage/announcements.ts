import type { AgendaItem, StoredAptNote } from '@vp/shared';
import { useEffect, useRef, useState } from 'react';
import { useStrings } from '../i18n/strings';

/**
 * What a screen reader is told, politely, of notes others write: the newest one that arrived since the
 * last poll (the notes already there when the page opened, and one's own, are not read out).
 */
export function useNoteAnnouncement(notes: readonly StoredAptNote[] | undefined, me: string | null): string {
  const t = useStrings().stage.notes;
  const seen = useRef<Set<string> | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!notes) return;
    if (seen.current === null) {
      seen.current = new Set(notes.map((n) => n.id));
      return;
    }
    const known = seen.current;
    const arrived = notes.filter((n) => !known.has(n.id));
    arrived.forEach((n) => known.add(n.id));
    const last = arrived.filter((n) => n.createdBy.id !== me).at(-1);
    if (last) setMessage((last.type === 'decision' ? t.newDecision : t.newNote)(last.createdBy.name, last.text));
  }, [notes, me, t]);
  return message;
}

/** Following the presenter, the point they moved to is said (not on the first view, nor on one's own moves). */
export function usePointAnnouncement(item: AgendaItem | undefined, index: number, count: number, following: boolean): string {
  const t = useStrings().stage;
  const last = useRef<string | undefined>(undefined);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const before = last.current;
    last.current = item?.id;
    if (following && item && before !== undefined && before !== item.id) setMessage(t.pointMoved(index + 1, count, item.title));
  }, [item, index, count, following, t]);
  return message;
}
