import type { AppRole, Me } from '@vp/shared';
import type { Host } from '../host/host';
import type { Route } from '../routing';

/** The roles offered the first link: a rektor links a unit (mayLinkUnit), the Avdelningschef role the förvaltning (mayLinkForvaltning). */
const linkingRoles: readonly AppRole[] = ['Rektor', 'Avdelningschef'];

/**
 * The Team whose first link the signed-in person is offered instead of "no access": on the
 * configuration page in a Team, when the API gives them nothing yet (no unit linked to any Team of
 * theirs) and they hold a role that links. Null everywhere else: no access stays as it is.
 */
export function firstLinkTeam(me: Me, route: Route, host: Pick<Host, 'groupId'>): string | null {
  if (me.caller !== null || route.page !== 'config' || !host.groupId) return null;
  return me.roles.some((role) => linkingRoles.includes(role)) ? host.groupId : null;
}
