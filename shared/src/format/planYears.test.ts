import { planYears } from './planYears';

it('prints a one-year plan by its year and a multi-year plan as a span', () => {
  expect(planYears({ year: 2021 })).toBe('2021');
  expect(planYears({ year: 2020, lastYear: 2023 })).toBe('2020–2023');
  expect(planYears({ year: 2022, lastYear: 2022 })).toBe('2022');
});
