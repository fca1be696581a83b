import { mayLinkForvaltning, mayLinkUnit, type ItemOf, type Me, type Store, type Stored } from '@vp/shared';
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
 * changed it since ifMatch. Audited like every write.
 */
export async function linkGroup<K extends Linkable>(store: Store, linker: Linker, kind: K, id: string, groupId: string | null, ifMatch: string | null): Promise<Stored<ItemOf<K>>> {
  const rule = rules[kind as Linkable];
  const item = (await store.get(kind, id)) as Stored<ItemOf<Linkable>> | null;
  if (!item) throw rule.notFound(id);
  const membership = await membershipFor(linker, item.groupId, groupId);
  const may = kind === 'unit' ? mayLinkUnit(linker.me, item as Stored<ItemOf<'unit'>>, groupId, membership) : mayLinkForvaltning(linker.me, item, groupId, membership);
  if (!may) throw new AppError('FORBIDDEN', membership === null ? membershipUnknown : rule.refused(item.name));
  if (!ifMatch) throw new AppError('PRECONDITION_REQUIRED', `If-Match saknas: skicka med eTag från när du läste ${rule.what}, så att ingen annans ändring skrivs över`);
  await assertGroupFree(store, kind, id, groupId);
  const { eTag: _eTag, ...fields } = item;
  const next = { ...fields, groupId } as ItemOf<K>;
  return withPreconditionCheck(store, kind, id, () => store.update(kind, next, ifMatch, { id: linker.me.id, name: linker.me.name }));
}

/**
 * GET /units?linkableTo={groupId}: the units the person may link to that group (mayLinkUnit), the one
 * linked to it already included — what the configuration page offers in a Team, also to a rektor
 * whom no unit is linked to yet (and who therefore reads nothing else).
 */
export async function linkableUnits(store: Store, linker: Linker, groupId: string): Promise<Stored<ItemOf<'unit'>>[]> {
  const units = await store.list('unit');
  const linked = units.flatMap((unit) => (unit.groupId ? [unit.groupId] : []));
  const membership = await linker.memberOf([...new Set([groupId, ...linked])]);
  if (membership === null) throw new AppError('FORBIDDEN', membershipUnknown);
  return units.filter((unit) => mayLinkUnit(linker.me, unit, groupId, membership));
}
