import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * While `active`, calls `retry` when the browser comes back online or the tab becomes visible again
 * (Teams keeps a hidden tab's page alive; the network may have returned meanwhile). The caller makes
 * a second call while the first still runs harmless. Subscribed in the commit that shows the failure
 * (a layout effect), so an event right after it is not missed.
 */
export function useWhenBack(active: boolean, retry: () => void): void {
  const latest = useRef(retry);
  useEffect(() => {
    latest.current = retry;
  });
  useLayoutEffect(() => {
    if (!active) return;
    const onOnline = () => latest.current();
    const onVisible = () => document.visibilityState === 'visible' && latest.current();
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [active]);
}
