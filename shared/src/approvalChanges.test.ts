import { contentChanges, contentItems } from './approvalChanges';

const plan = (goalTitle: string, activities: { id: string; text: string; status?: string }[], extraGoal = false) => ({
  unit: { id: 'u1', name: 'Enhet Ett', eTag: '"1"' },
  year: 2026,
  goals: [
    {
      id: 'g1',
      title: goalTitle,
      eTag: '"2"',
      expectedResults: ['Fler läser'],
      target: { type: 'value', value: 40 },
      children: activities.map((a) => ({ ...a, eTag: '"3"', children: [] })),
    },
    ...(extraGoal ? [{ id: 'g2', title: 'Nytt mål', eTag: '"4"', children: [] }] : []),
  ],
});

describe('what changed since the approved version', () => {
  it('finds nothing when only versions and eTags moved', () => {
    const before = plan('Läsning', [{ id: 'a1', text: 'Bokcirkel' }]);
    const after = JSON.parse(JSON.stringify(before).replaceAll('"\\"2\\""', '"\\"9\\""'));
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
    expect(contentChanges(before, after)).toEqual([]);
  });

  it('names the fields of an item that changed, with before and after, and not its children', () => {
    const before = plan('Läsning', [{ id: 'a1', text: 'Bokcirkel' }]);
    const after = plan('Läsning för alla', [{ id: 'a1', text: 'Bokcirkel' }]);
    after.goals[0]!.target = { type: 'value', value: 50 };
    expect(contentChanges(before, after)).toEqual([
      {
        key: 'g1',
        title: 'Läsning för alla',
        change: 'changed',
        fields: [
          { field: 'title', before: 'Läsning', after: 'Läsning för alla' },
          { field: 'target', before: { type: 'value', value: 40 }, after: { type: 'value', value: 50 } },
        ],
      },
    ]);
  });

  it('lists added items in their place and removed ones last', () => {
    const before = plan('Läsning', [
      { id: 'a1', text: 'Bokcirkel' },
      { id: 'a2', text: 'Läsfadder' },
    ]);
    const after = plan('Läsning', [{ id: 'a1', text: 'Bokcirkel' }, { id: 'a3', text: 'Bibliotek' }], true);
    expect(contentChanges(before, after).map(({ key, change, title }) => [key, change, title])).toEqual([
      ['a3', 'added', 'Bibliotek'],
      ['g2', 'added', 'Nytt mål'],
      ['a2', 'removed', 'Läsfadder'],
    ]);
  });

  it('keys a report’s entries by what they are about, titled from the plan, and leaves the previous period out', () => {
    const report = (assessment: string, previousAssessment: string) => ({
      unitId: 'u1',
      status: 'approved',
      eTag: '"5"',
      goals: [{ goalId: 'g1', assessment, analysis: 'Bra' }],
      indicators: [{ indicatorId: 'i1', value: 40, numerator: 4, denominator: 10, weight: null, comment: '' }],
      activities: [{ activityId: 'a1', status: 'done', comment: '' }],
      progress: { filled: 3, total: 3 },
      previous: { period: 'T1', goals: [{ goalId: 'g1', assessment: previousAssessment, analysis: '' }], indicators: [], activities: [] },
    });
    const before = report('fully', 'partly');
    const after = { ...report('partly', 'not'), status: 'draft', progress: { filled: 2, total: 3 } };
    expect(contentChanges(before, after, new Map([['g1', 'Läsning']]))).toEqual([
      { key: 'goalId:g1', title: 'Läsning', change: 'changed', fields: [{ field: 'assessment', before: 'fully', after: 'partly' }] },
    ]);
    expect([...contentItems(after).keys()]).toEqual(['goalId:g1', 'indicatorId:i1', 'activityId:a1']);
  });

  it('tells a summary’s activity roll-up from the nämndmål it is under', () => {
    const summary = (done: number) => ({
      id: 's1',
      overview: {
        committeeGoals: [{ goalId: 'nm-1', title: 'Nämndmål', distribution: { fully: 1, partly: 0, not: 0 }, unitGoals: [] }],
        activities: [{ activityId: 'act-1', goalId: 'nm-1', text: 'Fortbildning', counts: { done } }],
      },
      analyses: [{ id: 'an-1', goalId: 'nm-1', analysis: 'Text' }],
    });
    expect(contentChanges(summary(1), summary(2))).toEqual([
      { key: 'activityId:act-1', title: 'Fortbildning', change: 'changed', fields: [{ field: 'counts', before: { done: 1 }, after: { done: 2 } }] },
    ]);
  });
});
