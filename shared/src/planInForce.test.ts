import { followUpYears, planInForce } from './planInForce';

const oneYear2021 = { year: 2021 };
const fourYears = { year: 2020, lastYear: 2023 };

describe('planInForce', () => {
  it('is the plan of the year when there is one', () => {
    expect(planInForce([oneYear2021, fourYears], 2021)).toBe(oneYear2021);
  });
  it('is the plan for several years whose span covers the year, from its first year to its last', () => {
    expect(planInForce([fourYears], 2020)).toBe(fourYears);
    expect(planInForce([fourYears], 2022)).toBe(fourYears);
    expect(planInForce([fourYears], 2023)).toBe(fourYears);
  });
  it('is null for a year no plan covers', () => {
    expect(planInForce([fourYears], 2019)).toBeNull();
    expect(planInForce([fourYears], 2024)).toBeNull();
    expect(planInForce([oneYear2021], 2022)).toBeNull();
    expect(planInForce([], 2021)).toBeNull();
  });
});

describe('followUpYears', () => {
  it('lists each year of every plan once, newest first', () => {
    expect(followUpYears([fourYears, { year: 2023 }, { year: 2019 }])).toEqual([2023, 2022, 2021, 2020, 2019]);
    expect(followUpYears([])).toEqual([]);
  });
});
