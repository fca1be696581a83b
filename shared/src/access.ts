import { AppRole, type Caller, type Me, type Role } from './identity';

/** What a verified sign-in says about the person: id and name, the roles claim, and their groups. */
export interface SignIn {
  id: string;
  name: string;
  /** the roles claim as sent; values that are not our app roles are left out */
  roles: readonly string[];
  /** ids of the groups they are a member of; null when they could not be read (too many for the token) */
  groupIds: readonly string[] | null;
}

/** The organisation's links to Microsoft 365 groups: each unit's Team, each förvaltning's leadership group. */
export interface GroupLinks {
  forvaltningar: readonly { id: string; groupId?: string | null }[];
  units: readonly { id: string; forvaltningId: string; groupId?: string | null }[];
}

/** The app role a development identity stands for (local mode). */
export const appRoleOf: Record<Role, AppRole> = { staff: 'Personal', rektor: 'Rektor', avdelningschef: 'Avdelningschef', lasare: 'Lasare' };

const roleNames: Record<AppRole, string> = { Personal: 'Personal', Rektor: 'Rektor', Avdelningschef: 'Avdelningschef', Lasare: 'Läsare' };

export const accessReasons = {
  noRole: 'Ditt konto har ingen roll i Verksamhetsplan. Be organisationens administratör om rollen Personal, Rektor, Avdelningschef eller Läsare.',
  membershipUnknown:
    'Du är medlem i fler grupper än inloggningen kan räkna upp, och Verksamhetsplan kan ännu inte fråga Microsoft Graph vilka av dem som hör till en enhet. Du har därför ingen enhet än.',
  notMember: (roles: readonly AppRole[]) =>
    `Du har rollen ${roles.map((r) => roleNames[r]).join(' och ')} men är inte medlem i teamet för någon enhet (avdelningschef: förvaltningsledningens team) som är kopplat till Verksamhetsplan.`,
};

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * What a signed-in person may do, from their app roles and the groups of theirs that units and
 * förvaltningar are linked to: Avdelningschef with the förvaltning's group acts for that förvaltning,
 * Rektor and Personal with a unit's group for that unit, Lasare reads (with the förvaltning of a linked
 * group, if any); the strongest that applies wins. Nothing applies: no caller, and the reason in Swedish.
 * Membership of several units' groups gives all of them (a rektor leading several units), ordered by
 * id, within the förvaltning of the first: a caller acts within one förvaltning.
 */
export function accessOf(signIn: SignIn, links: GroupLinks): Me {
  const roles = AppRole.options.filter((role) => signIn.roles.includes(role));
  const member = new Set((signIn.groupIds ?? []).map((id) => id.toLowerCase()));
  const linked = (item: { groupId?: string | null }) => typeof item.groupId === 'string' && member.has(item.groupId.toLowerCase());
  const memberUnits = links.units.filter(linked).sort(byId);
  const unit = memberUnits[0];
  const unitIds = memberUnits.filter((u) => u.forvaltningId === unit?.forvaltningId).map((u) => u.id);
  const forvaltning = links.forvaltningar.filter(linked).sort(byId)[0];
  const me = (caller: Omit<Caller, 'id' | 'name'>): Me => ({ id: signIn.id, name: signIn.name, roles, caller: { id: signIn.id, name: signIn.name, ...caller }, reason: null });

  if (roles.includes('Avdelningschef') && forvaltning) return me({ role: 'avdelningschef', forvaltningId: forvaltning.id, unitIds: [] });
  if (roles.includes('Rektor') && unit) return me({ role: 'rektor', forvaltningId: unit.forvaltningId, unitIds });
  if (roles.includes('Personal') && unit) return me({ role: 'staff', forvaltningId: unit.forvaltningId, unitIds });
  if (roles.includes('Lasare')) return me({ role: 'lasare', forvaltningId: forvaltning?.id ?? unit?.forvaltningId ?? null, unitIds: [] });

  const reason = roles.length === 0 ? accessReasons.noRole : signIn.groupIds === null ? accessReasons.membershipUnknown : accessReasons.notMember(roles);
  return { id: signIn.id, name: signIn.name, roles, caller: null, reason };
}
