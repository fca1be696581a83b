import { buildGoalTree, type Goal, type Stored } from '@vp/shared';
import { countMatches, visibleGoalIds } from './filterPlan';

const goal = (id: string, parentId: string | null, title: string, over: Partial<Goal> = {}): Stored<Goal> => ({
  id,
  forvaltningId: 'f',
  unitId: null,
  year: 2021,
  parentId,
  order: 0,
  level: 'councilDirection',
  number: null,
  title,
  description: '',
  expectedResults: [],
  workingMethods: '',
  resources: [],
  followUp: [],
  development: '',
  eTag: '"1"',
  ...over,
});

const tree = buildGoalTree(
  [
    goal('a', null, 'En modern storstad'),
    goal('b', 'a', 'Barn når sin fulla potential'),
    goal('c', 'b', 'Gruppen är en tillgång', { workingMethods: 'Vi arbetar med Barnkonventionen varje vecka' }),
    goal('d', 'b', 'Lärmiljöer av hög kvalitet'),
    goal('e', null, 'Ekonomi i balans'),
  ],
  [],
  [],
);

describe('plan search', () => {
  it('shows nothing filtered without a query', () => {
    expect(visibleGoalIds(tree, '  ')).toBeNull();
  });

  it('shows matching goals with their ancestors, case-insensitively, in any text field', () => {
    expect([...visibleGoalIds(tree, 'barnkonventionen')!].sort()).toEqual(['a', 'b', 'c']);
    expect(countMatches(tree, [], 'BARNKONVENTIONEN')).toBe(1);
  });

  it('shows the whole subtree of a matching goal', () => {
    expect([...visibleGoalIds(tree, 'fulla potential')!].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('shows nothing when nothing matches', () => {
    expect(visibleGoalIds(tree, 'rymdfärja')!.size).toBe(0);
  });
});
