import { buildGoalTree, hasGoal, planAskedOfUnit } from './planTree';
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

describe('planAskedOfUnit', () => {
  const indicator = (id: string, parentId: string, applicableUnitIds: string[] | null) =>
    ({ id, forvaltningId: 'f', unitId: null, year: 2021, parentId, order: 0, name: id, measureUnit: '', annualTarget: null, councilTarget: null, direction: 'higherIsBetter', periodicity: 'tertial', aggregation: { rule: 'sum' }, applicableUnitIds, eTag: '"1"' }) as never;
  const goals = buildGoalTree([goal('kf', null), goal('nm', 'kf')], [indicator('all', 'kf', null), indicator('ours', 'nm', ['u1']), indicator('theirs', 'nm', ['u2'])], []);
  const tree = (unit: { id: string } | null) => ({ forvaltning: {}, unit, plan: null, year: 2021, sections: [], goals }) as never as Parameters<typeof planAskedOfUnit>[0];
  const names = (t: ReturnType<typeof planAskedOfUnit>) => [...t.goals[0]!.indicators, ...t.goals[0]!.children[0]!.indicators].map((i) => i.id);

  it("leaves out, at every depth, the indicators the förvaltning asks of other units only", () => {
    expect(names(planAskedOfUnit(tree({ id: 'u1' })))).toEqual(['all', 'ours']);
    expect(names(planAskedOfUnit(tree({ id: 'u2' })))).toEqual(['all', 'theirs']);
  });

  it("keeps the förvaltning's own plan whole", () => {
    expect(names(planAskedOfUnit(tree(null)))).toEqual(['all', 'ours', 'theirs']);
  });
});

describe('buildGoalTree: roots of several levels (a focus-area plan)', () => {
  const root = (id: string, level: Goal['level'], order: number) => ({ ...goal(id, null), level, order });

  it('stands the levels in their order, each level by its own order', () => {
    // Orders count within a level: a focus area moved to the top has order 0, as the first nämnd goal has.
    const goals = buildGoalTree(
      [root('fokus-2', 'focusArea', 0), root('fokus-1', 'focusArea', 1), root('vm-1', 'operationalGoal', 0), root('nm-2', 'boardGoal', 1), root('nm-1', 'boardGoal', 0)],
      [],
      [],
    );
    expect(goals.map((g) => g.id)).toEqual(['nm-1', 'nm-2', 'vm-1', 'fokus-2', 'fokus-1']);
  });
});
