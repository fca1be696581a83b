import type { Period } from '@vp/shared';
import { useEffect, useState } from 'react';

/**
 * Hash routes: #/config, #/privacy, #/termsofuse, #/plan/{unitId}/{year}[/goal/{goalId}],
 * #/report/{unitId}/{year}/{period}, #/overview/{forvaltningId}/{year}/{period}, #/summaries/{forvaltningId}[/{summaryId}].
 * Missing trailing parts are left undefined; the page picks defaults.
 */
export type Route =
  | { page: 'config' }
  | { page: 'privacy' }
  | { page: 'termsofuse' }
  | { page: 'plan'; unitId?: string; year?: number; goalId?: string }
  | { page: 'report'; unitId?: string; year?: number; period?: Period }
  | { page: 'overview'; forvaltningId?: string; year?: number; period?: Period }
  | { page: 'summaries'; forvaltningId?: string; summaryId?: string };

const yearOf = (part: string | undefined) => (Number.isInteger(Number(part)) && part ? Number(part) : undefined);
const periodOf = (part: string | undefined): Period | undefined => (part === 'T1' || part === 'T2' || part === 'VB' ? part : undefined);

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [page, id, third, fourth, fifth] = parts;
  switch (page) {
    case 'config':
    case 'privacy':
    case 'termsofuse':
      return { page };
    case 'report':
      return { page, unitId: id, year: yearOf(third), period: periodOf(fourth) };
    case 'overview':
      return { page, forvaltningId: id, year: yearOf(third), period: periodOf(fourth) };
    case 'summaries':
      return { page, forvaltningId: id, summaryId: third };
    case 'plan':
      return { page, unitId: id, year: yearOf(third), goalId: fourth === 'goal' ? fifth : undefined };
    default:
      return { page: 'plan' };
  }
}

// Written in shared/, where the API's links to the tab are made too.
export { overviewHash, planHash, reportHash, summariesHash } from '@vp/shared';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
