import { buildGoalTree, hasGoal } from './planTree';
import type { Goal } from './schemas/goal';
import type { Stored } from './store';

const goal = (id: string, parentId: string | null): Stored<Goal> => ({
  id,
  forvaltningId: 'f',
  unitId: null,
  year: 2021,
  parentId,
  order: 0,
  level: 'councilDirection',
  number: null,
  title: id,
  description: '',
  expectedResults: [],
  workingMethods: '',
  resources: [],
  followUp: [],
  development: '',
  eTag: '"1"',
});

describe('hasGoal', () => {
  const goals = buildGoalTree([goal('kf', null), goal('nm', 'kf'), goal('em', 'nm'), goal('other', null)], [], []);

  it('finds a goal at any depth of the tree', () => {
    expect(['kf', 'nm', 'em', 'other'].map((id) => hasGoal(goals, id))).toEqual([true, true, true, true]);
  });

  it('does not find a goal that is not in the plan', () => {
    expect(hasGoal(goals, 'removed')).toBe(false);
    expect(hasGoal([], 'kf')).toBe(false);
  });
});
