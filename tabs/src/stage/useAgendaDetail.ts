import type { AgendaItem, AgendaItemDetail } from '@vp/shared';
import { useEffect, useMemo, useRef } from 'react';
import type { ApiClient } from '../api/client';
import { useLoad, type Load } from '../recover/useLoad';

/** The point's id when it has more to show than its title and reasons (a goal, or a decision to follow up). */
export const withDetail = (item: AgendaItem | undefined) => (item && (item.goalId !== null || item.decisionId !== null) ? item.id : undefined);

/**
 * What the stage shows of one agenda point, read once per point for the meeting (moving back and forth
 * costs nothing), and the next point read ahead so a move shows it at once. A failed read is dropped
 * from the cache, so Försök igen asks again.
 */
export function useAgendaDetail(api: ApiClient, meetingId: string, itemId: string | undefined, nextId: string | undefined): Load<AgendaItemDetail> {
  const cache = useRef(new Map<string, Promise<AgendaItemDetail>>());
  // A point reads the same whoever asks: another identity chosen (a new client) keeps what was read.
  const client = useRef(api);
  client.current = api;
  useEffect(() => cache.current.clear(), [meetingId]);

  const fetchOnce = useMemo(
    () => (id: string) => {
      const known = cache.current.get(id);
      if (known) return known;
      const read = client.current.getAgendaItemDetail(meetingId, id);
      cache.current.set(id, read);
      read.catch(() => cache.current.get(id) === read && cache.current.delete(id));
      return read;
    },
    [meetingId],
  );

  const load = useLoad(useMemo(() => (itemId ? () => fetchOnce(itemId) : undefined), [fetchOnce, itemId]));
  useEffect(() => {
    if (nextId && load.data) void fetchOnce(nextId).catch(() => undefined);
  }, [fetchOnce, nextId, load.data]);
  return load;
}
