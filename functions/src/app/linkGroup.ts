import { mayLinkForvaltning, mayLinkUnit, type Me, type Stored, type Unit, type Forvaltning, type Store } from '@vp/shared';
import type { MemberOf } from './services';
import { AppError } from './errors';
import { findForvaltning, findUnit } from './organisation';
import { withPreconditionCheck } from './updatePlanItem';

/** Who links, as the API knows them: the sign-in (roles, caller) and their membership of groups. */
export interface Linker {
  me: Me;
  memberOf: MemberOf;
}

const refused = {
  unit: (name: string) =>
    `Du kan inte koppla ${name} till det här teamet. Rektor kopplar en enhet som hen leder (eller som inte är kopplad än) till ett team hen är medlem i; avdelningschefen kan ändra alla kopplingar.`,
  forvaltning: (name: string) =>
    `Du kan inte koppla ${name} till den här gruppen. Avdelningschefen kopplar förvaltningen till förvaltningsledningens grupp, som hen är medlem i.`,
  unknown: 'Det gick inte att ta reda på vilka team du är medlem i (du är med i fler grupper än inloggningen kan räkna upp). Be avdelningschefen göra kopplingen.',
};

function requireIfMatch(ifMatch: string | null): string {
  if (!ifMatch) throw new AppError('PRECONDITION_REQUIRED', 'If-Match saknas: skicka med eTag från när du läste enheten, så att ingen annans ändring skrivs över');
  return ifMatch;
}

/** The groups whose membership decides: the one linked to and the one linked now. */
const groupsAsked = (current: string | null | undefined, next: string | null) => [current, next].filter((id): id is string => typeof id === 'string');

/** A group is one unit's Team: linking it to a second unit would make its members act for both. */
async function assertGroupFree(store: Store, kind: 'unit' | 'forvaltning', id: string, groupId: string | null): Promise<void> {
  if (groupId === null) return;
  const taken = (await store.list(kind)).find((other) => other.id !== id && other.groupId?.toLowerCase() === groupId.toLowerCase());
  if (taken) {
    const what = kind === 'unit' ? 'enheten' : 'förvaltningen';
    throw new AppError('CONFLICT', `Teamet är redan kopplat till ${what} ${taken.name}. Ta bort den kopplingen först (avdelningschefen kan göra det).`);
  }
}

async function membershipFor(linker: Linker, current: string | null | undefined, next: string | null) {
  const asked = groupsAsked(current, next);
  return asked.length === 0 ? new Set<string>() : linker.memberOf(asked);
}

/**
 * PUT /units/{unitId}/group: links the unit to its Team's group (or unlinks it, null), if the person
 * may (mayLinkUnit) and nobody changed the unit since ifMatch. Audited like every write.
 */
export async function linkUnitGroup(store: Store, linker: Linker, unitId: string, groupId: string | null, ifMatch: string | null): Promise<Stored<Unit>> {
  const unit = await findUnit(store, unitId);
  const membership = await membershipFor(linker, unit.groupId, groupId);
  if (!mayLinkUnit(linker.me, unit, groupId, membership)) throw new AppError('FORBIDDEN', membership === null ? refused.unknown : refused.unit(unit.name));
  const expected = requireIfMatch(ifMatch);
  await assertGroupFree(store, 'unit', unit.id, groupId);
  const { eTag: _eTag, ...fields } = unit;
  return withPreconditionCheck(store, 'unit', unit.id, () => store.update('unit', { ...fields, groupId }, expected, { id: linker.me.id, name: linker.me.name }));
}

/** PUT /forvaltningar/{forvaltningId}/group: the förvaltning's leadership group, as linkUnitGroup. */
export async function linkForvaltningGroup(store: Store, linker: Linker, forvaltningId: string, groupId: string | null, ifMatch: string | null): Promise<Stored<Forvaltning>> {
  const forvaltning = await findForvaltning(store, forvaltningId);
  const membership = await membershipFor(linker, forvaltning.groupId, groupId);
  if (!mayLinkForvaltning(linker.me, forvaltning, groupId, membership)) throw new AppError('FORBIDDEN', membership === null ? refused.unknown : refused.forvaltning(forvaltning.name));
  const expected = requireIfMatch(ifMatch);
  await assertGroupFree(store, 'forvaltning', forvaltning.id, groupId);
  const { eTag: _eTag, ...fields } = forvaltning;
  return withPreconditionCheck(store, 'forvaltning', forvaltning.id, () =>
    store.update('forvaltning', { ...fields, groupId }, expected, { id: linker.me.id, name: linker.me.name }),
  );
}
