import type { Host } from '../host/host';
import { aptHash, parseRoute } from '../routing';

/**
 * The page a Teams meeting's frame opens instead of the saved one. The tab is saved with its plan
 * (#/plan/{unitId}/{year}); in a meeting's side panel it shows that unit's APT instead, and on the
 * stage the presentation the shared URL names (#/stage/{id}). Null: keep the page as it is.
 */
export function meetingFrameHash(host: Pick<Host, 'kind' | 'frameContext'>, hash: string): string | null {
  if (host.kind !== 'teams' || (host.frameContext !== 'sidePanel' && host.frameContext !== 'meetingStage')) return null;
  const route = parseRoute(hash);
  if (route.page === 'apt' || route.page === 'stage') return null;
  if (route.page !== 'plan' && route.page !== 'report') return '#/apt';
  if (route.unitId && route.year) return aptHash(route.unitId, route.year);
  return route.unitId ? `#/apt/${encodeURIComponent(route.unitId)}` : '#/apt';
}

/** Opens it once at start, replacing the history entry (going back leaves the tab, as with a deep link). */
export function openMeetingFrame(host: Pick<Host, 'kind' | 'frameContext'>, target: { location: Pick<Location, 'hash'>; history: Pick<History, 'replaceState'> } = window): void {
  const hash = meetingFrameHash(host, target.location.hash);
  if (hash) target.history.replaceState(null, '', hash);
}
