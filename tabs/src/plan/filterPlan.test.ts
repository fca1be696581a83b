import { buildGoalTree, sortSections, type Goal, type Stored } from '@vp/shared';
import { forvaltningData } from '../../../functions/src/seed/demo/forvaltning';
import { countMatches, matchingSections, visibleGoalIds } from './filterPlan';

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

  it('ignores case and diacritics', () => {
    expect([...visibleGoalIds(tree, 'LARMILJOER AV HOG')!].sort()).toEqual(['a', 'b', 'd']);
    expect(countMatches(tree, [], 'barnkonventionén')).toBe(1);
  });

  it('finds an indicator’s target as the plan writes it', () => {
    const perStaff = forvaltningData.indicators.find((i) => i.id === 'ind-kf-1.3-4')!;
    const withIndicator = buildGoalTree(
      [goal('a', null, 'En modern storstad'), goal('kf-1.3', 'a', 'Barn når sin fulla potential'), goal('e', null, 'Ekonomi i balans')],
      [{ ...perStaff, eTag: '"1"' }],
      [],
    );
    expect([...visibleGoalIds(withIndicator, '4,9')!].sort()).toEqual(['a', 'kf-1.3']);
    expect(countMatches(withIndicator, [], '4,9')).toBe(1);
    expect(visibleGoalIds(withIndicator, '4.9')!.size).toBe(0);
  });

  it('counts every occurrence, in goals and in the plan’s texts', () => {
    const sections = sortSections([
      { id: 's1', forvaltningId: 'f', unitId: 'u', year: 2021, parentId: null, order: 0, key: 'kompetens', title: 'Kompetens', text: '- Barnskötare för barn\n- Fler BARN', eTag: '"1"' },
      { id: 's2', forvaltningId: 'f', unitId: 'u', year: 2021, parentId: null, order: 1, key: 'ovrigt', title: 'Övrigt', text: '', eTag: '"1"' },
    ]);
    // "Barn når …", "Barnkonventionen", "Barnskötare", "barn", "BARN"
    expect(countMatches(tree, sections, 'barn')).toBe(5);
    expect(matchingSections(sections, 'OVRIGT').map((s) => s.id)).toEqual(['s2']);
  });

  it('shows nothing when nothing matches', () => {
    expect(visibleGoalIds(tree, 'rymdfärja')!.size).toBe(0);
  });
});
