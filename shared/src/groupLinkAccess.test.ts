import { mayLinkForvaltning, mayLinkUnit, type LinkingPerson, type Membership } from './groupLinkAccess';
import type { AppRole } from './identity';

const [oldTeam, newTeam] = ['AAAAAAAA-0000-4000-8000-000000000001', 'bbbbbbbb-0000-4000-8000-000000000001'];
const unit = { forvaltningId: 'f1', groupId: oldTeam };
const unlinked = { forvaltningId: 'f1', groupId: null };
const forvaltning = { id: 'f1', groupId: oldTeam };

const person = (roles: AppRole[], caller: LinkingPerson['caller'] = null): LinkingPerson => ({ roles, caller });
const chefOf = (forvaltningId: string) => person(['Avdelningschef'], { id: 'c', name: 'C', role: 'avdelningschef', forvaltningId, unitIds: [] });
const rektor = person(['Rektor'], { id: 'r', name: 'R', role: 'rektor', forvaltningId: 'f1', unitIds: ['u'] });
const inGroups = (...ids: string[]): Membership => new Set(ids.map((id) => id.toLowerCase()));
const both = inGroups(oldTeam, newTeam);

// person, the unit's current link, the group asked for, their membership → may link the unit
const unitTable: [string, LinkingPerson, typeof unit | typeof unlinked, string | null, Membership, boolean][] = [
  ['rektor in both Teams moves the unit', rektor, unit, newTeam, both, true],
  ['rektor re-links to the same Team', rektor, unit, oldTeam, inGroups(oldTeam), true],
  ['rektor not in the new Team', rektor, unit, newTeam, inGroups(oldTeam), false],
  ['rektor not leading the unit (not in its Team)', person(['Rektor']), unit, newTeam, inGroups(newTeam), false],
  ['rektor links an unlinked unit from inside the Team', person(['Rektor']), unlinked, newTeam, inGroups(newTeam), true],
  ['rektor links an unlinked unit to a Team they are not in', person(['Rektor']), unlinked, newTeam, inGroups(), false],
  ['rektor unlinks', rektor, unit, null, both, false],
  ['rektor whose membership is unknown', rektor, unit, newTeam, null, false],
  ['personal in both Teams', person(['Personal'], { id: 'p', name: 'P', role: 'staff', forvaltningId: 'f1', unitIds: ['u'] }), unit, newTeam, both, false],
  ['läsare in both Teams', person(['Lasare'], { id: 'l', name: 'L', role: 'lasare', forvaltningId: 'f1', unitIds: [] }), unit, newTeam, both, false],
  ['avdelningschef of the förvaltning, in no Team', chefOf('f1'), unit, newTeam, inGroups(), true],
  ['avdelningschef of the förvaltning unlinks', chefOf('f1'), unit, null, null, true],
  ['avdelningschef of another förvaltning', chefOf('f2'), unit, newTeam, inGroups(), false],
  ['avdelningschef role without the förvaltning, in both Teams', person(['Avdelningschef']), unit, newTeam, both, false],
];

describe('mayLinkUnit', () => {
  it.each(unitTable)('%s', (_what, who, target, groupId, membership, expected) => {
    expect(mayLinkUnit(who, target, groupId, membership)).toBe(expected);
  });
});

// person, the förvaltning's current link, the group asked for, their membership → may link the förvaltning
const forvaltningTable: [string, LinkingPerson, { id: string; groupId: string | null }, string | null, Membership, boolean][] = [
  ['its avdelningschef moves it anywhere', chefOf('f1'), forvaltning, newTeam, inGroups(), true],
  ['its avdelningschef unlinks it', chefOf('f1'), forvaltning, null, inGroups(), true],
  ['another förvaltning’s avdelningschef', chefOf('f2'), forvaltning, newTeam, inGroups(newTeam), false],
  ['the role, unlinked förvaltning, from inside the group', person(['Avdelningschef']), { id: 'f1', groupId: null }, newTeam, inGroups(newTeam), true],
  ['the role, unlinked förvaltning, outside the group', person(['Avdelningschef']), { id: 'f1', groupId: null }, newTeam, inGroups(), false],
  ['the role, linked förvaltning, outside its group', person(['Avdelningschef']), forvaltning, newTeam, inGroups(newTeam), false],
  ['a rektor in both groups', rektor, forvaltning, newTeam, both, false],
];

describe('mayLinkForvaltning', () => {
  it.each(forvaltningTable)('%s', (_what, who, target, groupId, membership, expected) => {
    expect(mayLinkForvaltning(who, target, groupId, membership)).toBe(expected);
  });
});
