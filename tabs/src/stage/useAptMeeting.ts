import type { AptMeetingView } from '@vp/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/client';
import type { Load } from '../recover/useLoad';

// Everyone on the stage follows the meeting by polling the product's own API (a conditional GET, 304
// while nothing changed) rather than Live Share: Live Share needs a Fluid relay outside Teams and its
// SDK is barely kept up, while one poll works alike in a Teams meeting and in a browser on a projector.

export interface AptMeetingLive {
  /** The latest meeting and notes; kept while later polls fail */
  view: AptMeetingView | undefined;
  /** For LoadFailure: fails only while there is no view yet (the first read) */
  load: Load<AptMeetingView>;
  /** A poll failed after the view was shown: the page says the contact is lost and keeps trying */
  lost: boolean;
  /** Polls now (after one's own write, so the writer sees it at once); resolves when the answer is in */
  refresh(): Promise<void>;
}

interface State {
  view: AptMeetingView | undefined;
  error: Error | null;
  lost: boolean;
  loading: boolean;
}

const initial: State = { view: undefined, error: null, lost: false, loading: true };

/**
 * The meeting and its notes, polled about every `intervalMs` with the last ETag (an unchanged meeting
 * re-renders nothing), one request at a time, until unmounted. A failure before the first view stops
 * the polling until `load.reload` (the page's Försök igen); later failures keep the view and retry.
 */
export function useAptMeeting(api: ApiClient, meetingId: string, intervalMs = 1000): AptMeetingLive {
  const [state, setState] = useState<State>(initial);
  const control = useRef<{ refresh(): Promise<void> } | null>(null);
  // The meeting a view has been shown of: a new client (another identity) goes on polling it through failures.
  const shownOf = useRef<string | null>(null);

  useEffect(() => {
    let alive = true;
    let eTag: string | null = null;
    let shown = shownOf.current === meetingId;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Polls run one after another: a refresh waits for the poll under way, then asks again.
    let queue: Promise<void> = Promise.resolve();
    // Another identity chosen (a new client) keeps the meeting on screen while it is read again as them.
    setState((s) => (s.view?.meeting.id === meetingId ? s : initial));

    const poll = async () => {
      if (!alive) return;
      try {
        const answer = await api.pollMeeting(meetingId, eTag);
        if (!alive) return;
        if (answer.changed) {
          eTag = answer.eTag;
          shown = true;
          shownOf.current = meetingId;
          setState({ view: answer.view, error: null, lost: false, loading: false });
        } else {
          setState((s) => (s.lost ? { ...s, lost: false } : s));
        }
      } catch (thrown) {
        if (!alive) return;
        const error = thrown instanceof Error ? thrown : new Error(String(thrown));
        setState((s) => (s.view ? { ...s, lost: true } : { ...s, error, loading: false }));
      }
    };

    const schedule = () => {
      clearTimeout(timer);
      // Before the first view a failure waits for Försök igen (a wrong link should not be asked for every second).
      if (alive && shown) timer = setTimeout(() => void run(), intervalMs);
    };

    const run = (): Promise<void> => {
      clearTimeout(timer);
      queue = queue.then(poll).then(schedule);
      return queue;
    };

    control.current = {
      refresh: () => {
        if (!shown) setState((s) => ({ ...s, loading: true }));
        return run();
      },
    };
    void run();
    return () => {
      alive = false;
      clearTimeout(timer);
      control.current = null;
    };
  }, [api, meetingId, intervalMs]);

  const refresh = useCallback(() => control.current?.refresh() ?? Promise.resolve(), []);
  return {
    view: state.view,
    load: { data: state.view, error: state.view ? null : state.error, loading: state.loading, reload: refresh },
    lost: state.lost,
    refresh,
  };
}
