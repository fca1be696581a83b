import { useEffect, useState } from 'react';

/** Hash routes: #/config, #/privacy, #/termsofuse, #/plan/{unitId}/{year}[/goal/{goalId}]. */
export type Route =
  | { page: 'config' }
  | { page: 'privacy' }
  | { page: 'termsofuse' }
  | { page: 'plan'; unitId?: string; year?: number; goalId?: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'config' || parts[0] === 'privacy' || parts[0] === 'termsofuse') return { page: parts[0] };
  if (parts[0] !== 'plan') return { page: 'plan' };
  const year = Number(parts[2]);
  return {
    page: 'plan',
    unitId: parts[1],
    year: Number.isInteger(year) ? year : undefined,
    goalId: parts[3] === 'goal' ? parts[4] : undefined,
  };
}

export function planHash(unitId: string, year: number, goalId?: string): string {
  return `#/plan/${encodeURIComponent(unitId)}/${year}${goalId ? `/goal/${encodeURIComponent(goalId)}` : ''}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
