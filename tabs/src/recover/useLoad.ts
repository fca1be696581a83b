import { useCallback, useEffect, useRef, useState } from 'react';
import { useWhenBack } from './useWhenBack';

export interface Load<T> {
  /** The latest answer for the current `load`; kept while it is loaded again */
  data: T | undefined;
  /** Why the latest attempt failed, until one succeeds */
  error: Error | null;
  /** A request for the current `load` is running */
  loading: boolean;
  /** Loads again; while a request for the same `load` runs, joins it instead of sending another. */
  reload(): Promise<void>;
}

interface State<T> {
  load: (() => Promise<T>) | undefined;
  data: T | undefined;
  error: Error | null;
  loading: boolean;
}

/**
 * Data for a page: runs `load` (memoised by the caller; undefined while its inputs are unknown) and
 * runs it anew when it changes, dropping answers to an older one. A failed load is tried again when
 * the network or the tab comes back (useWhenBack; also when that happened while it still ran) and by
 * `reload` (the page's "Försök igen"), one request at a time; the page's choices live in the route,
 * so a retry asks for the same unit, year and period.
 *
 * Hand-written rather than TanStack Query: the pages hold their data in their own state and reload
 * it after edits, and this is the one thing they lacked; a query cache would change how every page
 * and edit dialog gets its data.
 */
export function useLoad<T>(load: (() => Promise<T>) | undefined): Load<T> {
  const [state, setState] = useState<State<T>>({ load: undefined, data: undefined, error: null, loading: false });
  const latest = useRef(load);
  const running = useRef<{ load: () => Promise<T>; done: Promise<void>; again: boolean } | null>(null);

  const reload = useCallback((): Promise<void> => {
    const current = latest.current;
    if (!current) return Promise.resolve();
    if (running.current?.load === current) return running.current.done;
    setState((s) => (s.load === current ? { ...s, loading: true } : { load: current, data: undefined, error: null, loading: true }));
    const attempt = { load: current, done: Promise.resolve(), again: false };
    attempt.done = current().then(
      (data) => {
        if (running.current === attempt) running.current = null;
        if (latest.current === current) setState({ load: current, data, error: null, loading: false });
      },
      (thrown: unknown) => {
        if (running.current === attempt) running.current = null;
        const error = thrown instanceof Error ? thrown : new Error(String(thrown));
        if (latest.current !== current) return;
        setState((s) => ({ load: current, data: s.load === current ? s.data : undefined, error, loading: false }));
        // The network or the tab came back while this request ran: the failure may predate that.
        if (attempt.again) void reload();
      },
    );
    running.current = attempt;
    return attempt.done;
  }, []);

  const whenBack = useCallback(() => {
    if (running.current) running.current.again = true;
    else void reload();
  }, [reload]);

  useEffect(() => {
    latest.current = load;
    void reload();
  }, [load, reload]);

  const mine = state.load === load && load !== undefined;
  useWhenBack(mine && (state.error !== null || state.loading), whenBack);
  return {
    data: mine ? state.data : undefined,
    error: mine ? state.error : null,
    loading: load !== undefined && (!mine || state.loading),
    reload,
  };
}
