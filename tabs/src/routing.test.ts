import { parseRoute, planHash } from './routing';

describe('tab routes', () => {
  it('reads the plan, goal and config routes', () => {
    expect(parseRoute('#/plan/hagerstensasens-forskolor/2021')).toEqual({ page: 'plan', unitId: 'hagerstensasens-forskolor', year: 2021, goalId: undefined });
    expect(parseRoute('#/plan/u/2021/goal/hag-em-1')).toMatchObject({ goalId: 'hag-em-1' });
    expect(parseRoute('#/config')).toEqual({ page: 'config' });
    expect(parseRoute('')).toEqual({ page: 'plan' });
    expect(parseRoute('#/plan/u/tjugo')).toMatchObject({ unitId: 'u', year: undefined });
  });

  it('writes links that read back the same', () => {
    expect(parseRoute(planHash('a b', 2022, 'g/1'))).toMatchObject({ unitId: 'a b', year: 2022, goalId: 'g/1' });
  });
});
