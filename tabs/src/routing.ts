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

const part = encodeURIComponent;

export function planHash(unitId: string, year: number, goalId?: string): string {
  return `#/plan/${part(unitId)}/${year}${goalId ? `/goal/${part(goalId)}` : ''}`;
}

export function reportHash(unitId: string, year: number, period: Period): string {
  return `#/report/${part(unitId)}/${year}/${period}`;
}

export function overviewHash(forvaltningId: string, year: number, period: Period): string {
  return `#/overview/${part(forvaltningId)}/${year}/${period}`;
}

export function summariesHash(forvaltningId: string, summaryId?: string): string {
  return `#/summaries/${part(forvaltningId)}${summaryId ? `/${part(summaryId)}` : ''}`;
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
