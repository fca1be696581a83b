import type { GoalNode, PlanTree, Unit } from '@vp/shared';
import { startApiHost, type ApiHost } from '../testing/apiHost';

let api: ApiHost;
beforeAll(async () => {
  api = await startApiHost();
});
afterAll(() => api.stop());

const flatten = (goals: GoalNode[]): GoalNode[] => goals.flatMap((g) => [g, ...flatten(g.children)]);

describe('reading over HTTP', () => {
  it('lists the förvaltning and its units with their preschools', async () => {
    const forvaltningar = await (await api.call('/forvaltningar')).json();
    expect(forvaltningar.map((f: { name: string }) => f.name).sort()).toEqual([
      'Familje- och utbildningsförvaltningen, Smedjebackens kommun',
      'Hägersten-Älvsjö stadsdelsförvaltning',
      'Utbildningskontoret, Södertälje kommun',
    ]);

    const units: Unit[] = await (await api.call('/units?forvaltningId=hagersten-alvsjo')).json();
    expect(units.map((u) => u.name).sort()).toEqual(['Hägerstensåsens förskolor', 'Mälarhöjden/Västertorps förskolor']);
    const hag = units.find((u) => u.id === 'hagerstensasens-forskolor')!;
    expect(hag.preschools).toContainEqual(expect.objectContaining({ name: 'Mellanberget', children: 153 }));
    const mv = units.find((u) => u.id === 'malarhojden-vastertorps-forskolor')!;
    expect(mv.preschools).toHaveLength(7);
    expect(mv.children).toBe(511);
  });

  it('returns a unit plan as one tree: spine, own goals, indicators, activities and sections', async () => {
    const response = await api.call('/units/hagerstensasens-forskolor/plans/2021');
    expect(response.status).toBe(200);
    const tree: PlanTree = await response.json();
    expect(tree.plan?.title).toBe('Verksamhetsplan 2021');
    expect(tree.goals.map((g) => `${g.number} ${g.level}`)).toEqual(['1 councilDirection', '2 councilDirection', '3 councilDirection']);
    const all = flatten(tree.goals);
    const count = (level: string) => all.filter((g) => g.level === level).length;
    expect([count('councilAreaGoal'), count('committeeGoal'), count('unitGoal')]).toEqual([6, 8, 5]);
    expect(all.filter((g) => g.level === 'unitGoal').every((g) => g.owner === 'unit' && g.unitId === 'hagerstensasens-forskolor')).toBe(true);
    expect(all.filter((g) => g.level !== 'unitGoal').every((g) => g.owner === 'forvaltning')).toBe(true);

    const kf13 = all.find((g) => g.number === '1.3')!;
    expect(kf13.indicators.find((i) => i.name === 'Antal barn per grupp')).toMatchObject({
      councilTarget: { type: 'value', value: 16 },
      periodicity: 'tertial',
      direction: 'lowerIsBetter',
    });
    const democracy = kf13.children.find((g) => g.title.startsWith('Alla barn i förskolan utvecklar sin förståelse'))!;
    expect(democracy.activities[0]).toMatchObject({ start: '2021-01-01', end: '2021-12-31', owner: 'forvaltning' });
    expect(democracy.children.map((g) => g.title)).toEqual([
      'På Hägerstensåsens förskolor är gruppen en tillgång där varje barn har sin självklara plats, ges utrymme och blir lyssnad på.',
    ]);
    expect(tree.sections.map((s) => s.key)).toEqual(expect.arrayContaining(['inledning', 'verksamhetsbeskrivning']));
    expect(tree.sections[0]!.text).toMatch(/^Alla kommunala förskolor i den nya stadsdelen Hägersten-Älvsjö/);
  });

  it('shows each unit only its own goals under the shared spine', async () => {
    const tree: PlanTree = await (await api.call('/units/malarhojden-vastertorps-forskolor/plans/2021')).json();
    const own = flatten(tree.goals).filter((g) => g.level === 'unitGoal');
    expect(own.map((g) => g.id).every((id) => id.startsWith('mv-'))).toBe(true);
    expect(own).toHaveLength(5);
    expect(flatten(tree.goals).filter((g) => g.level === 'committeeGoal')).toHaveLength(8);
  });

  it("lists a unit's plans by year", async () => {
    const plans = await (await api.call('/units/malarhojden-vastertorps-forskolor/plans')).json();
    expect(plans.map((p: { year: number; title: string }) => [p.year, p.title])).toEqual([[2021, 'Verksamhetsplan 2021']]);
    expect((await api.call('/units/finns-inte/plans')).status).toBe(404);
  });

  it('answers 404 for unknown units, years and items, and 400 for a malformed year', async () => {
    expect((await api.call('/units/finns-inte/plans/2021')).status).toBe(404);
    const noPlan = await api.call('/units/hagerstensasens-forskolor/plans/2030');
    expect(noPlan.status).toBe(404);
    expect((await noPlan.json()).error.message).toContain('ingen verksamhetsplan för 2030');
    expect((await api.call('/units/hagerstensasens-forskolor/plans/2021/goals/finns-inte')).status).toBe(404);
    expect((await api.call('/units/hagerstensasens-forskolor/plans/2021/widgets/x')).status).toBe(404);
    expect((await api.call('/units/hagerstensasens-forskolor/plans/tjugo')).status).toBe(400);
    expect((await api.call('/nothing-here')).status).toBe(404);
  });

  it('serves the förvaltning spine on its own', async () => {
    const tree: PlanTree = await (await api.call('/forvaltningar/hagersten-alvsjo/plans/2021')).json();
    expect(flatten(tree.goals).some((g) => g.level === 'unitGoal')).toBe(false);
    expect(flatten(tree.goals)).toHaveLength(3 + 6 + 8);
  });
});
