import { unitChildCount } from './unitChildren';

it('takes the unit’s own figure over the sum of its preschools', () => {
  expect(unitChildCount({ children: 511, preschools: [{ name: 'Hattis' }, { name: 'Vasan' }] })).toBe(511);
  expect(unitChildCount({ children: 100, preschools: [{ name: 'Gläntan', children: 73 }] })).toBe(100);
});

it('adds up the preschools only when each has a count', () => {
  expect(unitChildCount({ preschools: [{ name: 'Gläntan', children: 73 }, { name: 'Åsen', children: 53 }] })).toBe(126);
  expect(unitChildCount({ preschools: [{ name: 'Gläntan', children: 73 }, { name: 'Hattis' }] })).toBeNull();
  expect(unitChildCount({ preschools: [] })).toBeNull();
});
