import { SkaScope, type Period } from '@vp/shared';
import { useEffect, useState } from 'react';

/**
 * Hash routes: #/config, #/privacy, #/termsofuse, #/plan/{unitId}/{year}[/goal/{goalId}],
 * #/report/{unitId}/{year}/{period}, #/overview/{forvaltningId}/{year}/{period}, #/summaries/{forvaltningId}[/{summaryId}],
 * #/todo[/{year}] (Att göra and the approval states), #/apt/{unitId}/{year} (APT agenda and records), #/stage/{meetingId} (an APT on the stage),
 * #/competence/{forvaltningId}/{year}[/{period}] (the competence-supply plan, or its follow-up in a period), #/ska/{forvaltningId}/{year}/{scope} (the plan for systematic quality work).
 * Missing trailing parts are left undefined; the page picks defaults.
 */
export type Route =
  | { page: 'config' }
  | { page: 'privacy' }
  | { page: 'termsofuse' }
  | { page: 'plan'; unitId?: string; year?: number; goalId?: string }
  | { page: 'report'; unitId?: string; year?: number; period?: Period }
  | { page: 'overview'; forvaltningId?: string; year?: number; period?: Period }
  | { page: 'summaries'; forvaltningId?: string; summaryId?: string }
  | { page: 'todo'; year?: number }
  | { page: 'apt'; unitId?: string; year?: number }
  | { page: 'stage'; meetingId?: string }
  | { page: 'competence'; forvaltningId?: string; year?: number; period?: Period }
  | { page: 'ska'; forvaltningId?: string; year?: number; scope?: SkaScope };

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
    case 'todo':
      return { page, year: yearOf(id) };
    case 'apt':
      return { page, unitId: id, year: yearOf(third) };
    case 'stage':
      return { page, meetingId: id };
    case 'competence':
      return { page, forvaltningId: id, year: yearOf(third), period: periodOf(fourth) };
    case 'ska':
      return { page, forvaltningId: id, year: yearOf(third), scope: SkaScope.safeParse(fourth).data };
    default:
      return { page: 'plan' };
  }
}

// Written in shared/, where the API's links to the tab are made too.
export { aptHash, competenceHash, overviewHash, planHash, reportHash, skaHash, stageHash, summariesHash, unitPlansHash } from '@vp/shared';

/** The pages a deep link may open: the plan, a report, the overview and the summaries. */
const linkablePages: readonly Route['page'][] = ['plan', 'report', 'overview', 'summaries'];

/**
 * The route a Teams deep link's sub-page (page.subPageId) names: approval cards link to #/report/…
 * and the like (approvalDeepLink in shared/). Null for a goal id (a goal's shared link) or none.
 */
export function subPageHash(subPageId: string | undefined): string | null {
  if (!subPageId?.startsWith('#/')) return null;
  return linkablePages.includes(parseRoute(subPageId).page) ? subPageId : null;
}

/**
 * Opens the page a deep link's sub-page names instead of the one the tab was saved with, once at start
 * (Teams keeps the sub-page for the whole visit, so later changes of hash must not be undone). The
 * history entry is replaced: going back leaves the tab rather than returning to the saved page.
 */
export function openSubPage(subPageId: string | undefined, target: { location: Pick<Location, 'hash'>; history: Pick<History, 'replaceState'> } = window): void {
  const hash = subPageHash(subPageId);
  if (hash && target.location.hash !== hash) target.history.replaceState(null, '', hash);
}

/** Att göra: what waits for the caller, and the state of every plan and report they see, for a year. */
export function todoHash(year?: number): string {
  return `#/todo${year ? `/${year}` : ''}`;
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
