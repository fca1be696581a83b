import { accessOf, accessReasons, type GroupLinks } from './access';
import type { Caller } from './identity';

const f1Group = 'F1F1F1F1-0000-4000-8000-000000000001'; // upper case: ids compare without case
const uaGroup = 'aaaaaaaa-0000-4000-8000-000000000001';
const ubGroup = 'bbbbbbbb-0000-4000-8000-000000000001';
const udGroup = 'dddddddd-0000-4000-8000-000000000001';
const otherGroup = 'cccccccc-0000-4000-8000-000000000001';

const links: GroupLinks = {
  forvaltningar: [{ id: 'f1', groupId: f1Group }, { id: 'f2', groupId: null }, { id: 'f3' }],
  units: [
    { id: 'ub', forvaltningId: 'f1', groupId: ubGroup },
    { id: 'ua', forvaltningId: 'f1', groupId: uaGroup },
    { id: 'uc', forvaltningId: 'f2', groupId: null },
    { id: 'ud', forvaltningId: 'f2', groupId: udGroup },
  ],
};

type Expected = Omit<Caller, 'id' | 'name'> | keyof typeof reasonOf;
const reasonOf = {
  noRole: accessReasons.noRole,
  unknown: accessReasons.membershipUnknown,
  notMember: expect.stringMatching(/^Du har rollen .* men är inte medlem i teamet för någon enhet/),
};

// roles claim × groups claim (null: overflowed, unknown) → what the API lets them do
const table: [string, string[], string[] | null, Expected][] = [
  ['Rektor in a unit’s Team', ['Rektor'], [uaGroup], { role: 'rektor', forvaltningId: 'f1', unitIds: ['ua'] }],
  ['Personal in a unit’s Team', ['Personal'], [otherGroup, ubGroup], { role: 'staff', forvaltningId: 'f1', unitIds: ['ub'] }],
  ['group ids in another case', ['Personal'], [ubGroup.toUpperCase()], { role: 'staff', forvaltningId: 'f1', unitIds: ['ub'] }],
  ['several units: all, by id', ['Rektor'], [ubGroup, uaGroup], { role: 'rektor', forvaltningId: 'f1', unitIds: ['ua', 'ub'] }],
  ['units in two förvaltningar: those of the first', ['Personal'], [udGroup, ubGroup, uaGroup], { role: 'staff', forvaltningId: 'f1', unitIds: ['ua', 'ub'] }],
  ['Avdelningschef in the förvaltning’s group', ['Avdelningschef'], [f1Group.toLowerCase()], { role: 'avdelningschef', forvaltningId: 'f1', unitIds: [] }],
  ['Avdelningschef and Rektor: the stronger', ['Rektor', 'Avdelningschef'], [uaGroup, f1Group], { role: 'avdelningschef', forvaltningId: 'f1', unitIds: [] }],
  ['Avdelningschef in a unit’s Team only', ['Avdelningschef'], [uaGroup], 'notMember'],
  ['Avdelningschef and Rektor in a unit’s Team only', ['Avdelningschef', 'Rektor'], [uaGroup], { role: 'rektor', forvaltningId: 'f1', unitIds: ['ua'] }],
  ['Rektor in the förvaltning’s group only', ['Rektor'], [f1Group], 'notMember'],
  ['Lasare with no group', ['Lasare'], [], { role: 'lasare', forvaltningId: null, unitIds: [] }],
  ['Lasare in a unit’s Team: reads, never its unit', ['Lasare'], [uaGroup], { role: 'lasare', forvaltningId: 'f1', unitIds: [] }],
  ['Lasare and Personal without a Team: reads', ['Personal', 'Lasare'], [otherGroup], { role: 'lasare', forvaltningId: null, unitIds: [] }],
  ['Lasare and Personal in a Team: writes there', ['Lasare', 'Personal'], [uaGroup], { role: 'staff', forvaltningId: 'f1', unitIds: ['ua'] }],
  ['Lasare whose groups overflowed', ['Lasare'], null, { role: 'lasare', forvaltningId: null, unitIds: [] }],
  ['no role, in a Team', [], [uaGroup], 'noRole'],
  ['an unknown role only', ['Admin', 'rektor'], [uaGroup], 'noRole'],
  ['Rektor in no linked group', ['Rektor'], [otherGroup], 'notMember'],
  ['Rektor without a groups claim', ['Rektor'], [], 'notMember'],
  ['Rektor whose groups overflowed', ['Rektor'], null, 'unknown'],
  ['no role, groups overflowed', [], null, 'noRole'],
];

describe('accessOf: app roles and linked groups → the caller', () => {
  it.each(table)('%s', (_what, roles, groupIds, expected) => {
    const me = accessOf({ id: 'oid-1', name: 'Anna', roles, groupIds }, links);
    expect(me).toMatchObject({ id: 'oid-1', name: 'Anna' });
    if (typeof expected === 'string') {
      expect(me.caller).toBeNull();
      expect(me.reason).toEqual(reasonOf[expected]);
    } else {
      expect(me.caller).toEqual({ id: 'oid-1', name: 'Anna', ...expected });
      expect(me.reason).toBeNull();
    }
  });

  it('lists the app roles it knows, in a fixed order', () => {
    expect(accessOf({ id: 'x', name: 'X', roles: ['Lasare', 'Admin', 'Rektor'], groupIds: [] }, links).roles).toEqual(['Rektor', 'Lasare']);
  });

  it('names the roles held in the reason, in Swedish', () => {
    expect(accessOf({ id: 'x', name: 'X', roles: ['Rektor', 'Personal'], groupIds: [] }, links).reason).toMatch(/^Du har rollen Personal och Rektor men/);
  });
});
