import { Plan } from './plan';
import { StoredPlan } from './responses';

const plan = { id: 'smb-2020', forvaltningId: 'smedjebacken-fuf', unitId: 'smedjebacken-forskolan', year: 2020, title: 'Förskolans verksamhetsplan 2020–2023' };

it('a plan may name its last year, not one before its first', () => {
  expect(Plan.parse(plan)).toEqual(plan);
  expect(Plan.parse({ ...plan, lastYear: 2023 })).toEqual({ ...plan, lastYear: 2023 });
  expect(Plan.parse({ ...plan, lastYear: 2020 })).toEqual({ ...plan, lastYear: 2020 });
  const early = Plan.safeParse({ ...plan, lastYear: 2019 });
  expect(early.success).toBe(false);
  expect(early.error?.issues).toEqual([expect.objectContaining({ path: ['lastYear'], message: 'Planens sista år kan inte vara före dess första år' })]);
  expect(StoredPlan.parse({ ...plan, lastYear: 2023, eTag: '"1"' })).toMatchObject({ lastYear: 2023 });
});
