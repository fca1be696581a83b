import { mayLinkForvaltning, mayLinkUnit, type ItemOf, type Me, type Membership, type Store, type Stored } from '@vp/shared';
import type { MemberOf } from './services';
import { AppError } from './errors';
import { forvaltningNotFound, unitNotFound } from './organisation';
import { withPreconditionCheck } from './updatePlanItem';

/** Who links, as the API knows them: the sign-in (roles, caller) and their membership of groups. */
export interface Linker {
  me: Me;
  memberOf: MemberOf;
}

/** What can be linked to a Microsoft 365 group: a unit (its Team), a förvaltning (its leadership group). */
export type Linkable = 'unit' | 'forvaltning';

const rules = {
  unit: {
    notFound: unitNotFound,
    may: mayLinkUnit,
    what: 'enheten',
    refused: (name: string) =>
      `Du kan inte koppla ${name} till det här teamet. Rektor kopplar en enhet som hen leder (eller som inte är kopplad än) till ett team hen är medlem i; avdelningschefen kan ändra alla kopplingar.`,
  },
  forvaltning: {
    notFound: forvaltningNotFound,
    may: mayLinkForvaltning,
    what: 'förvaltningen',
    refused: (name: string) =>
      `Du kan inte koppla ${name} till den här gruppen. Avdelningschefen kopplar förvaltningen till förvaltningsledningens grupp, som hen är medlem i.`,
  },
} as const;

const membershipUnknown =
  'Det gick inte att ta reda på vilka team du är medlem i (du är med i fler grupper än inloggningen kan räkna upp). Be avdelningschefen göra kopplingen.';

/** The rule of the kind: mayLinkUnit for a unit, mayLinkForvaltning for a förvaltning. */
function mayLink(kind: Linkable, me: Me, item: Stored<ItemOf<Linkable>>, groupId: string | null, membership: Membership): boolean {
  return kind === 'unit' ? mayLinkUnit(me, item as Stored<ItemOf<'unit'>>, groupId, membership) : mayLinkForvaltning(me, item, groupId, membership);
}

/** The groups whose membership decides: the one linked now and the one linked to. */
async function membershipFor(linker: Linker, current: string | null | undefined, next: string | null) {
  const asked = [current, next].filter((id): id is string => typeof id === 'string');
  return asked.length === 0 ? new Set<string>() : linker.memberOf(asked);
}

/** A group is one unit's Team: linking it to a second unit would make its members act for both. */
async function assertGroupFree(store: Store, kind: Linkable, id: string, groupId: string | null): Promise<void> {
  if (groupId === null) return;
  const taken = (await store.list(kind)).find((other) => other.id !== id && other.groupId?.toLowerCase() === groupId.toLowerCase());
  if (taken) throw new AppError('CONFLICT', `Teamet är redan kopplat till ${rules[kind].what} ${taken.name}. Ta bort den kopplingen först (avdelningschefen kan göra det).`);
}

/**
 * PUT /units/{id}/group, /forvaltningar/{id}/group: links a unit to its Team's group, a förvaltning to
 * its leadership group (null unlinks), if the person may (mayLinkUnit, mayLinkForvaltning) and nobody
 * changed it since ifMatch. Audited like every write. channelId, the channel of that Team the tab is
 * configured in: set, removed (null), or, absent, kept — while the group stays the same: a channel
 * belongs to its Team, so another group or none drops it.
 */
export async function linkGroup<K extends Linkable>(
  store: Store,
  linker: Linker,
  kind: K,
  id: string,
  link: { groupId: string | null; channelId?: string | null },
  ifMatch: string | null,
): Promise<Stored<ItemOf<K>>> {
  const { groupId } = link;
  const rule = rules[kind as Linkable];
  const item = (await store.get(kind, id)) as Stored<ItemOf<Linkable>> | null;
  if (!item) throw rule.notFound(id);
  const membership = await membershipFor(linker, item.groupId, groupId);
  if (!mayLink(kind, linker.me, item, groupId, membership)) throw new AppError('FORBIDDEN', membership === null ? membershipUnknown : rule.refused(item.name));
  if (!ifMatch) throw new AppError('PRECONDITION_REQUIRED', `If-Match saknas: skicka med eTag från när du läste ${rule.what}, så att ingen annans ändring skrivs över`);
  if (groupId === null && link.channelId) {
    throw new AppError('VALIDATION', 'En kanal hör till ett team: ange teamets grupp (groupId) tillsammans med kanalen', { fields: [{ field: 'channelId', message: 'Kanalen kräver ett team (groupId)' }] });
  }
  await assertGroupFree(store, kind, id, groupId);
  const { eTag: _eTag, channelId: current, ...fields } = item;
  const sameGroup = groupId !== null && item.groupId?.toLowerCase() === groupId.toLowerCase();
  const channelId = link.channelId !== undefined ? link.channelId : sameGroup ? current : null;
  const next = { ...fields, groupId, ...(channelId ? { channelId } : {}) } as ItemOf<K>;
  return withPreconditionCheck(store, kind, id, () => store.update(kind, next, ifMatch, { id: linker.me.id, name: linker.me.name }));
}

/**
 * GET /units?linkableTo={groupId}, /forvaltningar?linkableTo={groupId}: what the person may link to that
 * group (mayLinkUnit, mayLinkForvaltning), the one linked to it already included — what the configuration
 * page offers in a Team, also to a rektor or an Avdelningschef-role holder whom nothing is linked to yet
 * (and who therefore reads nothing else).
 */
export async function linkableTo<K extends Linkable>(store: Store, linker: Linker, kind: K, groupId: string): Promise<Stored<ItemOf<K>>[]> {
  const items = await store.list(kind);
  const linked = items.flatMap((item) => (item.groupId ? [item.groupId] : []));
  const membership = await linker.memberOf([...new Set([groupId, ...linked])]);
  if (membership === null) throw new AppError('FORBIDDEN', membershipUnknown);
  return items.filter((item) => mayLink(kind, linker.me, item as Stored<ItemOf<Linkable>>, groupId, membership));
}
