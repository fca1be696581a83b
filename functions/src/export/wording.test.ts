import { distributionText, joinSwedish } from './wording';

it('states how the units assess a goal', () => {
  expect(distributionText({ fully: 3, partly: 1, not: 1 }, 5, 'T1')).toBe('3 av 5 enheter bedömer att målet uppfylls helt, 1 att det uppfylls delvis och 1 att det inte uppfylls.');
  expect(distributionText({ fully: 0, partly: 2, not: 0 }, 2, 'T2')).toBe('2 av 2 enheter bedömer att målet uppfylls delvis.');
  expect(distributionText({ fully: 2, partly: 0, not: 1 }, 4, 'VB')).toBe('2 av 4 enheter bedömer att målet är uppfyllt och 1 att det inte är uppfyllt.');
  expect(distributionText({ fully: 0, partly: 0, not: 0 }, 3, 'T1')).toBe('Ingen av 3 enheter har bedömt målet.');
  expect(joinSwedish(['a', 'b', 'c'])).toBe('a, b och c');
});
