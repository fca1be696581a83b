import type { Caller, Role } from './identity';
import { canEditForvaltning, canEditSka, canEditUnit, canRead, leadsApt } from './permissions';

const unitA = { id: 'ua', forvaltningId: 'f1' };
const unitB = { id: 'ub', forvaltningId: 'f1' };
const unitOther = { id: 'uc', forvaltningId: 'f2' };

const caller = (role: Role, forvaltningId: string | null, unitId: string | null): Caller => ({ id: 'c', name: 'C', role, forvaltningId, unitIds: unitId ? [unitId] : [] });

const rektorOfAB: Caller = { id: 'c', name: 'C', role: 'rektor', forvaltningId: 'f1', unitIds: ['ua', 'ub'] };

// caller → may write unit A, unit B, a unit of another förvaltning, förvaltning f1's items, f2's
const table: [string, Caller, [boolean, boolean, boolean, boolean, boolean]][] = [
  ['personal of A', caller('staff', 'f1', 'ua'), [true, false, false, false, false]],
  ['rektor of A', caller('rektor', 'f1', 'ua'), [true, false, false, false, false]],
  ['rektor of A and B', rektorOfAB, [true, true, false, false, false]],
  ['avdelningschef of f1', caller('avdelningschef', 'f1', null), [true, true, false, true, false]],
  ['läsare', caller('lasare', null, null), [false, false, false, false, false]],
  ['läsare of f1', caller('lasare', 'f1', null), [false, false, false, false, false]],
  // A läsare never writes, whatever unit or förvaltning the caller carries.
  ['läsare carrying unit A', caller('lasare', 'f1', 'ua'), [false, false, false, false, false]],
];

// caller → may read förvaltning f1, f2
const readTable: [string, Caller, [boolean, boolean]][] = [
  ['personal of A (f1)', caller('staff', 'f1', 'ua'), [true, false]],
  ['rektor of A and B', rektorOfAB, [true, false]],
  ['avdelningschef of f1', caller('avdelningschef', 'f1', null), [true, false]],
  ['läsare', caller('lasare', null, null), [true, true]],
  ['läsare of f1', caller('lasare', 'f1', null), [true, true]],
];

describe('read permissions', () => {
  it.each(readTable)('%s', (_what, who, expected) => {
    expect([canRead(who, 'f1'), canRead(who, 'f2')]).toEqual(expected);
  });
});

describe('write permissions', () => {
  it.each(table)('%s', (_what, who, [a, b, other, f1, f2]) => {
    expect([canEditUnit(who, unitA), canEditUnit(who, unitB), canEditUnit(who, unitOther), canEditForvaltning(who, 'f1'), canEditForvaltning(who, 'f2')]).toEqual([
      a,
      b,
      other,
      f1,
      f2,
    ]);
  });
});

// caller → leads the APT of unit A, of unit B, of a unit of another förvaltning
const aptTable: [string, Caller, [boolean, boolean, boolean]][] = [
  ['personal of A', caller('staff', 'f1', 'ua'), [false, false, false]],
  ['rektor of A', caller('rektor', 'f1', 'ua'), [true, false, false]],
  ['rektor of A and B', rektorOfAB, [true, true, false]],
  ['avdelningschef of f1', caller('avdelningschef', 'f1', null), [true, true, false]],
  ['läsare carrying unit A', caller('lasare', 'f1', 'ua'), [false, false, false]],
];

describe('leadsApt', () => {
  it.each(aptTable)('%s', (_name, who, expected) => {
    expect([leadsApt(who, unitA), leadsApt(who, unitB), leadsApt(who, unitOther)]).toEqual(expected);
  });
});

// caller → may change the SKA plan of förvaltning f1 (unitId null), of unit A, of f2
const skaTable: [string, Caller, [boolean, boolean, boolean]][] = [
  ['personal of A', caller('staff', 'f1', 'ua'), [false, false, false]],
  ['rektor of A', caller('rektor', 'f1', 'ua'), [false, true, false]],
  ['avdelningschef of f1', caller('avdelningschef', 'f1', null), [true, true, false]],
  ['läsare of f1', caller('lasare', 'f1', null), [false, false, false]],
];

describe('canEditSka', () => {
  it.each(skaTable)('%s', (_name, who, expected) => {
    expect([canEditSka(who, { forvaltningId: 'f1', unitId: null }), canEditSka(who, { forvaltningId: 'f1', unitId: 'ua' }), canEditSka(who, { forvaltningId: 'f2', unitId: null })]).toEqual(expected);
  });
});
