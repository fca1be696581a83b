// Smedjebacken's focus-area plan over HTTP, on both stores: read as one tree, and a focus area's
// Uppföljning/redovisning changed by its rektor without touching anything else.
import type { GoalNode, PlanTree } from '@vp/shared';
import { apiOnEachStore as stores, type StoreApi } from '../testing/apiOnEachStore';

const plan = '/units/smedjebacken-forskolan/plans/2020';
const rektor = 'dev-rektor-smb';
const withoutETag = ({ eTag: _, ...item }: Record<string, unknown>) => item;
const flatten = (goals: GoalNode[]): GoalNode[] => goals.flatMap((g) => [g, ...flatten(g.children)]);

describe.each(stores)('the focus-area plan over the %s store', (_name, open) => {
  let api: StoreApi;
  beforeAll(async () => {
    api = await open();
  });
  afterAll(() => api.stop());

  it('reads the plan 2020–2023 as a tree: the texts, the nämnd’s goals, the verksamhetsmål, then Fokus 1–7', async () => {
    const response = await api.call(plan);
    expect(response.status).toBe(200);
    const tree: PlanTree = await response.json();
    expect(tree.plan).toMatchObject({ year: 2020, lastYear: 2023, title: 'Förskolans verksamhetsplan 2020–2023' });
    expect(tree.unit?.name).toBe('Förskolan, Smedjebackens kommun');
    expect(tree.forvaltning.name).toBe('Familje- och utbildningsförvaltningen, Smedjebackens kommun');
    expect(tree.sections.map((s) => [s.title, s.owner])).toEqual([
      ['Smedjebackens kommuns vision', 'unit'],
      ['Nämndens vision', 'unit'],
      ['Ledning och styrning', 'unit'],
    ]);
    expect(tree.goals.map((g) => g.level)).toEqual([
      ...Array<string>(8).fill('boardGoal'),
      ...Array<string>(4).fill('operationalGoal'),
      ...Array<string>(7).fill('focusArea'),
    ]);
    expect(tree.goals.map((g) => g.owner)).toEqual([...Array<string>(8).fill('forvaltning'), ...Array<string>(11).fill('unit')]);
    expect(flatten(tree.goals)).toHaveLength(19);
    const fokus1 = tree.goals.find((g) => g.number === 'Fokus 1')!;
    expect(fokus1.title).toBe('Strategisk kompetensförsörjning');
    expect(fokus1.activities.map((a) => a.start + '–' + a.end)).toEqual(Array(5).fill('2020-01-01–2023-12-31'));
    expect(fokus1.activities[0]!.text).toBe('Vakanta tjänster ska annonseras ut på hemsida, webcruiter och sociala medier.');
    expect(fokus1.followUp).toHaveLength(4);
    expect(tree.goals.filter((g) => g.level === 'focusArea').map((g) => g.activities.length)).toEqual([5, 2, 2, 1, 1, 1, 1]);
  });

  it('lists the plan under its first year', async () => {
    const plans = await (await api.call('/units/smedjebacken-forskolan/plans')).json();
    expect(plans.map((p: { year: number; lastYear?: number }) => [p.year, p.lastYear])).toEqual([[2020, 2023]]);
  });

  it('the rektor changes Fokus 2’s Uppföljning/redovisning and nothing else', async () => {
    const item = `${plan}/goals/smb-fokus-2`;
    const before = await (await api.call(item)).json();
    const treeBefore: PlanTree = await (await api.call(plan)).json();
    const followUp = ['Uppföljning sker varje månad med användarstödjare i Infomentor.', 'Redovisning sker årligen i skolenheternas systematiska kvalitetsarbete.'];
    const patched = await api.call(item, { method: 'PATCH', as: rektor, headers: { 'if-match': before.eTag }, body: JSON.stringify({ followUp }) });
    expect(patched.status).toBe(200);
    const after = await (await api.call(item)).json();
    expect(withoutETag(after)).toEqual({ ...withoutETag(before), followUp });

    // Every other item of the plan reads back as it was.
    const treeAfter: PlanTree = await (await api.call(plan)).json();
    const others = (t: PlanTree) => flatten(t.goals).filter((g) => g.id !== 'smb-fokus-2');
    expect(others(treeAfter)).toEqual(others(treeBefore));
    expect(treeAfter.sections).toEqual(treeBefore.sections);
    const fokus2 = (t: PlanTree) => t.goals.find((g) => g.id === 'smb-fokus-2')!;
    expect(fokus2(treeAfter).activities).toEqual(fokus2(treeBefore).activities);
  });

  it('keeps the nämnd’s goals read-only for the förskola’s rektor; the förvaltning’s avdelningschef edits them', async () => {
    const item = `${plan}/goals/smb-nm-8`;
    const before = await (await api.call(item)).json();
    const refused = await api.call(item, { method: 'PATCH', as: rektor, headers: { 'if-match': before.eTag }, body: JSON.stringify({ title: 'Kapad' }) });
    expect(refused.status).toBe(403);
    const spineItem = `/forvaltningar/smedjebacken-fuf/plans/2020/goals/smb-nm-8`;
    const edited = await api.call(spineItem, { method: 'PATCH', as: 'dev-avdelningschef-smb', headers: { 'if-match': before.eTag }, body: JSON.stringify({ title: 'Sjukfrånvaron ska minska ytterligare.' }) });
    expect(edited.status).toBe(200);
    // Hägersten-Älvsjö's avdelningschef has no say over Smedjebacken.
    const stranger = await api.call(spineItem, { method: 'PATCH', as: 'dev-avdelningschef', headers: { 'if-match': (await edited.json()).eTag }, body: JSON.stringify({ title: 'Nej' }) });
    expect(stranger.status).toBe(403);
  });

  it('lets the förskola add a focus area of its own, but not a nämnd goal', async () => {
    const focus = { level: 'focusArea', parentId: null, number: 'Fokus 8', title: 'Utomhuspedagogik', followUp: ['Årligen i det systematiska kvalitetsarbetet.'] };
    const created = await api.call(`${plan}/goals`, { method: 'POST', as: rektor, body: JSON.stringify(focus) });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ ...focus, unitId: 'smedjebacken-forskolan', year: 2020 });
    const board = await api.call(`${plan}/goals`, { method: 'POST', as: rektor, body: JSON.stringify({ level: 'boardGoal', parentId: null, title: 'Nytt nämndmål' }) });
    expect(board.status).toBe(403);
    expect((await board.json()).error.message).toBe('En enhet kan bara lägga till enhetsmål; nivåerna ovanför ägs av förvaltningen');
  });
});
