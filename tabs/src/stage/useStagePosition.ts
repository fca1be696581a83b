import type { AgendaItem, AptMeetingView } from '@vp/shared';
import { useCallback, useRef, useState } from 'react';
import type { ApiClient } from '../api/client';

/** follow: show the presenter's point; browse: my own point, nothing sent; present: I am the presenter and my moves are sent. */
export type StageMode = 'follow' | 'browse' | 'present';

export interface StagePosition {
  mode: StageMode;
  /** The point shown (undefined on an empty agenda) and where it is on the agenda */
  item: AgendaItem | undefined;
  index: number;
  count: number;
  canPrevious: boolean;
  canNext: boolean;
  previous(): void;
  next(): void;
  /** I become the presenter, at the point I see */
  present(): void;
  /** Back to the presenter's point */
  follow(): void;
  /** The last move the API refused or never answered (cleared by the next that arrives) */
  moveError: Error | null;
}

/**
 * Which agenda point this screen shows. Following, the presenter's (the first before anyone presents);
 * browsing, a point of one's own, sent nowhere. Presenting, a move shows at once and is sent after:
 * one request at a time and only the latest point, so quick presses arrive in order. When someone else
 * takes over as presenter, the former one follows them.
 */
export function useStagePosition(api: ApiClient, view: AptMeetingView | undefined, me: string | null, refresh: () => Promise<void>): StagePosition {
  const [mode, setMode] = useState<StageMode>('follow');
  const [localId, setLocalId] = useState<string | null>(null);
  const [moveError, setMoveError] = useState<Error | null>(null);
  const sending = useRef<{ wanted: string; sent: string | null; busy: boolean }>({ wanted: '', sent: null, busy: false });

  const meeting = view?.meeting;
  const agenda = meeting?.agenda ?? [];
  const followedId = meeting?.currentItemId ?? agenda[0]?.id ?? null;
  const shownId = mode === 'follow' ? followedId : localId;
  const found = agenda.findIndex((i) => i.id === shownId);
  // A point taken off the agenda meanwhile: the first one rather than nothing.
  const index = found >= 0 ? found : 0;
  const item = agenda[index];

  const meetingId = meeting?.id;
  const send = useCallback(
    async (id: string) => {
      const s = sending.current;
      s.wanted = id;
      if (s.busy || !meetingId) return;
      s.busy = true;
      try {
        while (s.sent !== s.wanted) {
          const target = s.wanted;
          try {
            await api.moveAptPresenter(meetingId, target);
            s.sent = target;
            setMoveError(null);
          } catch (error) {
            setMoveError(error instanceof Error ? error : new Error(String(error)));
            break;
          }
        }
      } finally {
        s.busy = false;
      }
      await refresh();
    },
    [api, meetingId, refresh],
  );

  // Someone else took over: the former presenter follows them (decided while rendering, so the same
  // render that names the new presenter shows their point).
  const presenterId = meeting?.presenter?.id ?? null;
  const [seenPresenter, setSeenPresenter] = useState(presenterId);
  if (presenterId !== seenPresenter) {
    setSeenPresenter(presenterId);
    if (mode === 'present' && presenterId !== null && presenterId !== me && !sending.current.busy) setMode('follow');
  }

  const go = (delta: number) => {
    const target = agenda[index + delta];
    if (!target) return;
    setLocalId(target.id);
    if (mode === 'present') void send(target.id);
    else setMode('browse');
  };

  return {
    mode,
    item,
    index,
    count: agenda.length,
    canPrevious: index > 0,
    canNext: index < agenda.length - 1,
    previous: () => go(-1),
    next: () => go(1),
    present: () => {
      if (!item) return;
      setLocalId(item.id);
      setMode('present');
      sending.current.sent = null;
      void send(item.id);
    },
    follow: () => setMode('follow'),
    moveError,
  };
}
