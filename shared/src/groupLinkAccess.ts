import type { AppRole, Caller } from './identity';

/** Who asks to change a link: their app roles and what the API already lets them do. */
export interface LinkingPerson {
  roles: readonly AppRole[];
  caller: Caller | null;
}

/** Which of the groups that matter the person is a member of; null when it cannot be known. */
export type Membership = ReadonlySet<string> | null;

const isMember = (membership: Membership, groupId: string) => membership !== null && membership.has(groupId.toLowerCase());

/**
 * Leading something linked to a group is holding the role and being in the group; something not yet
 * linked is led by nobody, so the first link is made by a holder of the role from inside the group it
 * links to (configuring the tab in that Team). The avdelningschef sees and changes every link.
 */
function mayLink(role: AppRole, person: LinkingPerson, current: string | null | undefined, next: string | null, membership: Membership): boolean {
  if (!person.roles.includes(role) || next === null || !isMember(membership, next)) return false;
  return !current || isMember(membership, current);
}

/**
 * May the person link a unit to a Microsoft 365 group (its Team), or unlink it (null)? The förvaltning's
 * avdelningschef always; a rektor only from inside the Team linked to, and only a unit they lead (or
 * one not linked yet).
 */
export function mayLinkUnit(person: LinkingPerson, unit: { forvaltningId: string; groupId?: string | null }, groupId: string | null, membership: Membership): boolean {
  if (person.caller?.role === 'avdelningschef' && person.caller.forvaltningId === unit.forvaltningId) return true;
  return mayLink('Rektor', person, unit.groupId, groupId, membership);
}

/**
 * May the person link a förvaltning to its leadership group, or unlink it? Its avdelningschef always;
 * before it has one, a holder of the Avdelningschef role from inside the group linked to.
 */
export function mayLinkForvaltning(person: LinkingPerson, forvaltning: { id: string; groupId?: string | null }, groupId: string | null, membership: Membership): boolean {
  if (person.caller?.role === 'avdelningschef' && person.caller.forvaltningId === forvaltning.id) return true;
  return mayLink('Avdelningschef', person, forvaltning.groupId, groupId, membership);
}
