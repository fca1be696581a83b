import { listHeading, rootGroups } from './goalGroups';

const g = (id: string, level: 'councilDirection' | 'boardGoal' | 'operationalGoal' | 'focusArea') => ({ id, level });

it('takes each run of listed goals together and leaves every other goal on its own', () => {
  const groups = rootGroups([g('nm-1', 'boardGoal'), g('nm-2', 'boardGoal'), g('vm-1', 'operationalGoal'), g('f-1', 'focusArea'), g('f-2', 'focusArea')]);
  expect(groups).toEqual([
    { kind: 'list', level: 'boardGoal', goals: [g('nm-1', 'boardGoal'), g('nm-2', 'boardGoal')] },
    { kind: 'list', level: 'operationalGoal', goals: [g('vm-1', 'operationalGoal')] },
    { kind: 'goal', goal: g('f-1', 'focusArea') },
    { kind: 'goal', goal: g('f-2', 'focusArea') },
  ]);
  // The Stockholm cascade: every root on its own.
  expect(rootGroups([g('kf-1', 'councilDirection'), g('kf-2', 'councilDirection')]).map((x) => x.kind)).toEqual(['goal', 'goal']);
});

it('heads the verksamhetsmål with the plan’s years', () => {
  expect(listHeading('operationalGoal', { year: 2020, lastYear: 2023 })).toBe('Verksamhetsmål 2020–2023');
  expect(listHeading('operationalGoal', { year: 2021 })).toBe('Verksamhetsmål 2021');
  expect(listHeading('boardGoal', { year: 2020, lastYear: 2023 })).toBe('Nämndens övergripande mål');
});
