import type { ApprovalKind } from './approval';
import type { Period } from './schemas/report';
import { overviewHash, planHash, reportHash } from './tabRoutes';

/** What a link opens: the unit's plan or period report, or the förvaltning's tertial summary (its overview). */
export interface ApprovalTarget {
  subject: ApprovalKind;
  forvaltningId: string;
  unitId: string | null;
  year: number;
  period: Period | null;
}

/** The tab's route to the subject: where its approval is shown and acted on. */
export function approvalHash(target: ApprovalTarget): string {
  const { subject, unitId, forvaltningId, year, period } = target;
  if (subject === 'unitPlan' && unitId) return planHash(unitId, year);
  if (subject === 'unitReport' && unitId && period) return reportHash(unitId, year, period);
  if (subject === 'summary' && period) return overviewHash(forvaltningId, year, period);
  throw new Error(`Ofullständigt mål för länken: ${JSON.stringify(target)}`);
}

/**
 * The entity id every configured tab is saved with (tabs/src/pages/ConfigPage.tsx). A deep link names
 * the tab by app id, entity id and channel, so one fixed id lets a link reach the tab of whichever
 * channel it is posted in, whatever unit and year that tab was set up with; the sub-page says where to go.
 */
export const tabEntityId = 'verksamhetsplan';

/** Where the tab is: its page (the Teams deep link's fallback, and local mode's link) and, in a tenant, the Teams app. */
export interface TabLinkSettings {
  /** the tab's page, e.g. https://plan.example.se/index.html */
  tabUrl: string;
  /** the Teams app id (manifest id); null without Teams (local mode): links open the tab's page itself */
  teamsAppId: string | null;
}

/**
 * A link that opens the tab at the subject: in Teams a deep link to the channel's tab whose sub-page
 * is the route (the tab reads page.subPageId at start and goes there); without a Teams app the tab's
 * own page at the route.
 */
export function approvalDeepLink(target: ApprovalTarget, channelId: string | null, settings: TabLinkSettings): string {
  const route = approvalHash(target);
  const webUrl = `${settings.tabUrl}${route}`;
  if (!settings.teamsAppId) return webUrl;
  const context = JSON.stringify({ subEntityId: route, ...(channelId ? { channelId } : {}) });
  const query = new URLSearchParams({ webUrl, label: 'Verksamhetsplan', context });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(settings.teamsAppId)}/${encodeURIComponent(tabEntityId)}?${query.toString().replace(/\+/g, '%20')}`;
}
