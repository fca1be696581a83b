import { itemSchemas, parentLevelOf } from '@vp/shared';
import type { Activity, Goal, Indicator } from '@vp/shared';
import { forvaltningData as fv } from './forvaltning';
import { demoGroupIds } from './groups';
import { hagerstensasenData as hag } from './hagerstensasen';
import type { DemoData } from './types';

const forvaltningId = 'hagersten-alvsjo';
const unitId = 'hagerstensasens-forskolor';

const nodesOf = (d: DemoData) => [...d.sections, ...d.goals, ...d.indicators, ...d.activities];
const goals = [...fv.goals, ...hag.goals];
const indicators = [...fv.indicators, ...hag.indicators];
const activities = [...fv.activities, ...hag.activities];
const goalById = new Map(goals.map((g) => [g.id, g]));

function find<T extends { id: string }>(xs: T[], id: string): T {
  const x = xs.find((y) => y.id === id);
  if (!x) throw new Error(`missing ${id}`);
  return x;
}
const indicatorNamed = (name: string): Indicator => {
  const x = indicators.find((i) => i.name === name);
  if (!x) throw new Error(`missing indicator ${name}`);
  return x;
};
const section = (key: string) => {
  const s = hag.sections.find((x) => x.key === key);
  if (!s) throw new Error(`missing section ${key}`);
  return s;
};
const paragraphsOf = (text: string) => text.split('\n\n');

describe.each([
  ['forvaltning', fv],
  ['hagerstensasen', hag],
] as const)('%s slice: schemas', (_name, data) => {
  it('every item parses unchanged with its schema', () => {
    for (const x of data.forvaltningar) expect(itemSchemas.forvaltning.parse(x)).toEqual(x);
    for (const x of data.units) expect(itemSchemas.unit.parse(x)).toEqual(x);
    for (const x of data.plans) expect(itemSchemas.plan.parse(x)).toEqual(x);
    for (const x of data.sections) expect(itemSchemas.section.parse(x)).toEqual(x);
    for (const x of data.goals) expect(itemSchemas.goal.parse(x)).toEqual(x);
    for (const x of data.indicators) expect(itemSchemas.indicator.parse(x)).toEqual(x);
    for (const x of data.activities) expect(itemSchemas.activity.parse(x)).toEqual(x);
  });
});

describe('förvaltning spine ∪ Hägerstensåsens förskolor: structure', () => {
  const all = [fv, hag];
  const nodes = all.flatMap(nodesOf);

  it('ids are unique across both slices', () => {
    const ids = all.flatMap((d) => [...d.forvaltningar, ...d.units, ...d.plans, ...nodesOf(d)]).map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every node belongs to the förvaltning and 2021; ownership matches the slice', () => {
    for (const n of nodes) expect(n).toMatchObject({ forvaltningId, year: 2021 });
    for (const n of nodesOf(fv)) expect(n.unitId).toBeNull();
    for (const n of nodesOf(hag)) expect(n.unitId).toBe(unitId);
    expect(hag.units[0]).toMatchObject({ id: unitId, forvaltningId });
    expect(hag.plans).toEqual([{ id: 'hag-2021', forvaltningId, unitId, year: 2021, title: 'Verksamhetsplan 2021' }]);
    expect(fv.forvaltningar).toEqual([
      {
        id: forvaltningId,
        name: 'Hägersten-Älvsjö stadsdelsförvaltning',
        municipality: 'Stockholms stad',
        committee: 'Hägersten-Älvsjö stadsdelsnämnd',
        groupId: demoGroupIds.forvaltning,
      },
    ]);
  });

  it('goal parents resolve and follow parentLevelOf', () => {
    for (const g of goals) {
      const want = parentLevelOf[g.level];
      if (want === null) {
        expect(g.parentId).toBeNull();
      } else {
        const parent = goalById.get(g.parentId ?? '');
        expect(parent?.level).toBe(want);
        // A unit goal may hang under a förvaltning goal; a förvaltning goal never under a unit goal.
        if (g.unitId === null) expect(parent?.unitId).toBeNull();
      }
    }
  });

  it('indicators and activities hang under goals; sections are roots', () => {
    for (const x of [...indicators, ...activities]) expect(goalById.has(x.parentId ?? '')).toBe(true);
    for (const s of hag.sections) expect(s.parentId).toBeNull();
  });

  it('order is 0, 1, 2, … among siblings of the same kind', () => {
    const kinds: { id: string; parentId: string | null; order: number; unitId: string | null }[][] = [
      goals,
      indicators,
      activities,
      hag.sections,
    ];
    for (const list of kinds) {
      const byParent = new Map<string, number[]>();
      for (const x of list) {
        const key = `${x.unitId}|${x.parentId}`;
        byParent.set(key, [...(byParent.get(key) ?? []), x.order]);
      }
      for (const orders of byParent.values()) expect(orders).toEqual(orders.map((_, i) => i));
    }
  });

  it('ids follow the naming scheme', () => {
    for (const g of fv.goals) {
      if (g.level === 'committeeGoal') expect(g.id).toMatch(new RegExp(`^nm-${g.parentId!.slice(3).replace('.', '\\.')}-\\d+$`));
      else expect(g.id).toBe(`kf-${g.number}`);
    }
    for (const i of fv.indicators) expect(i.id).toMatch(new RegExp(`^ind-${i.parentId!.replace(/\./g, '\\.')}-\\d+$`));
    for (const a of fv.activities) expect(a.id).toMatch(new RegExp(`^act-${a.parentId!.replace(/\./g, '\\.')}-\\d+$`));
    hag.goals.forEach((g, i) => expect(g.id).toBe(`hag-em-${i + 1}`));
    for (const s of hag.sections) expect(s.id).toBe(`hag-sec-${s.key}`);
  });

  it('texts carry no PDF artefacts (wrapped lines, page headers, stray spaces)', () => {
    const texts: string[] = [
      ...hag.sections.flatMap((s) => [s.title, ...paragraphsOf(s.text)]),
      ...goals.flatMap((g) => [
        g.title,
        ...paragraphsOf(g.description),
        ...paragraphsOf(g.workingMethods),
        ...paragraphsOf(g.development),
        ...g.expectedResults,
        ...g.resources,
        ...g.followUp,
      ]),
      ...indicators.map((i) => i.name),
      ...activities.map((a) => a.text),
    ].filter((t) => t !== '');
    for (const t of texts) {
      expect(t).toBe(t.trim());
      expect(t).not.toMatch(/Tjänsteutlåtande|Sid \d+ \(\d+\)|start\.stockholm/);
      // A single newline only separates bullet items.
      for (const line of t.split('\n').slice(1)) expect(line.startsWith('- ')).toBe(true);
    }
  });
});

describe('counts as printed in the document', () => {
  const level = (l: Goal['level']) => goals.filter((g) => g.level === l);

  it('goal levels', () => {
    expect(level('councilDirection').map((g) => g.number)).toEqual(['1', '2', '3']);
    expect(level('councilAreaGoal').map((g) => g.number)).toEqual(['1.1', '1.3', '2.4', '2.5', '3.1', '3.2']);
    expect(level('committeeGoal')).toHaveLength(8);
    expect(level('unitGoal')).toHaveLength(5);
    expect(fv.goals).toHaveLength(3 + 6 + 8);
    expect(hag.goals.every((g) => g.level === 'unitGoal')).toBe(true);
  });

  it('indicators, activities, sections', () => {
    expect(fv.indicators).toHaveLength(10);
    expect(fv.activities).toHaveLength(14);
    expect(hag.indicators).toHaveLength(0);
    expect(hag.activities).toHaveLength(0);
    expect(hag.sections).toHaveLength(11);
    const perGoal = (xs: { parentId: string | null }[]) =>
      Object.fromEntries([...new Set(xs.map((x) => x.parentId))].map((p) => [p, xs.filter((x) => x.parentId === p).length]));
    expect(perGoal(fv.indicators)).toEqual({ 'kf-1.1': 1, 'kf-1.3': 5, 'nm-1.3-2': 2, 'kf-2.5': 2 });
    expect(perGoal(fv.activities)).toEqual({ 'nm-1.3-1': 3, 'nm-1.3-2': 5, 'nm-2.4-1': 1, 'nm-2.5-1': 4, 'nm-3.2-1': 1 });
    expect(hag.goals.map((g) => g.parentId)).toEqual(['nm-1.3-1', 'nm-1.3-2', 'nm-2.5-1', 'nm-3.1-1', 'nm-3.2-1']);
  });
});

describe('spot checks against the document', () => {
  it('preschools with addresses and children', () => {
    const ps = hag.units[0]!.preschools;
    expect(ps.map((p) => p.name)).toEqual(['Mellanberget', 'Isbjörnen', 'Gläntan', 'Skogsåsen', 'Åsen', 'Teatersällskapet', 'Skatboet']);
    expect(ps[0]).toEqual({ name: 'Mellanberget', address: 'Personnevägen 91', children: 153 });
    expect(ps[4]).toEqual({ name: 'Åsen', address: 'Sedelvägen 2b', children: 53 });
    expect(ps.slice(0, 5).reduce((s, p) => s + (p.children ?? 0), 0)).toBe(153 + 45 + 73 + 37 + 53);
    expect(ps[5]).toMatchObject({ name: 'Teatersällskapet', children: 210 });
    expect(ps[5]!.note).toContain('hösten 2021');
    expect(ps[6]).toMatchObject({ name: 'Skatboet', children: 70 });
    expect(ps[6]!.note).toContain('hösten 2021');
  });

  it('KF goal titles and numbers', () => {
    expect(find(goals, 'kf-1.3')).toMatchObject({
      number: '1.3',
      parentId: 'kf-1',
      title: 'I Stockholm når barn sin fulla potential då Stockholms skolor och förskolor är de bästa i Sverige',
    });
    expect(find(goals, 'kf-3')).toMatchObject({ number: '3', title: 'En ekonomiskt hållbar och innovativ storstad för framtiden' });
  });

  it('Antal barn per grupp: KF target 16, tertial, lower is better, Σbarn/Σgrupper', () => {
    expect(indicatorNamed('Antal barn per grupp')).toMatchObject({
      id: 'ind-kf-1.3-3',
      parentId: 'kf-1.3',
      annualTarget: null,
      councilTarget: { type: 'value', value: 16 },
      periodicity: 'tertial',
      direction: 'lowerIsBetter',
      aggregation: { rule: 'ratioOfSums', numerator: 'barn', denominator: 'grupper', factor: 1 },
    });
  });

  it('targets: text, decimal comma, and the nämndmål indicators in the Årsmål column', () => {
    expect(find(indicators, 'ind-kf-1.1-1')).toMatchObject({
      name: 'Antal tillhandahållna platser för feriejobb',
      annualTarget: null,
      councilTarget: { type: 'text', text: 'Tas fram av nämnd' },
      aggregation: { rule: 'sum' },
    });
    expect(indicatorNamed('Antal förskolebarn per anställd (årsarbetare)').councilTarget).toEqual({ type: 'value', value: 4.9 });
    expect(indicatorNamed('Andel legitimerade förskollärare av totalt antal anställda (årsarbetare)')).toMatchObject({
      measureUnit: '%',
      councilTarget: { type: 'value', value: 33 },
      aggregation: { rule: 'ratioOfSums', factor: 100 },
    });
    expect(indicatorNamed('Klimatpåverkan från upphandlade livsmedel och måltider')).toMatchObject({
      councilTarget: { type: 'value', value: 1.8 },
      periodicity: 'year',
      direction: 'lowerIsBetter',
    });
    expect(find(indicators, 'ind-nm-1.3-2-2')).toMatchObject({
      name: 'Vårdnadshavares sammanfattande omdöme om förskolans arbete med normer och värden',
      annualTarget: { type: 'value', value: 90 },
      councilTarget: null,
      periodicity: 'year',
    });
  });

  it('activities: text and dates as printed', () => {
    expect(find(activities, 'act-nm-1.3-2-4')).toMatchObject<Partial<Activity>>({
      text: 'Förvaltningen ska tillsammans med förskoleenheterna utforma och implementera ställningstaganden som ska ligga till grund för en likvärdig och tillgänglig lärmiljö.',
      start: '2020-01-01',
      end: '2021-12-31',
      responsible: '',
      resources: '',
    });
    expect(find(activities, 'act-nm-2.5-1-4')).toMatchObject({
      text: 'Förvaltnningens verksamheter ska ska arbeta aktivt för att minska användningen av plast.',
      start: '2021-01-01',
      end: '2021-12-31',
    });
    expect(find(activities, 'act-nm-3.2-1-1').start).toBe('2020-01-01');
  });

  it('nämndmål: description paragraphs (sub-headings kept) and expected results', () => {
    const digital = find(goals, 'nm-3.2-3');
    expect(digital.title).toBe('Stadsdelsnämndens verksamheter är innovativa och tillvaratar digitaliseringens möjligheter');
    const ps = paragraphsOf(digital.description);
    expect(ps).toHaveLength(9);
    expect(ps[2]).toBe('Avdelningen för förskola');
    expect(ps[3]).toMatch(/^Implementeringen av den lokala digitaliseringsstrategin och införandet av skolplattformen fortsätter under 2021\./);
    expect(digital.expectedResults).toHaveLength(4);
    expect(find(goals, 'nm-3.2-1').expectedResults[1]).toBe('Nya medarbetare och chefer får en god introduktion i uppdraget');
  });

  it('enhetsmål: working methods, resources, follow-up, development', () => {
    const em1 = find(goals, 'hag-em-1');
    expect(paragraphsOf(em1.workingMethods)).toContain(
      'Vi delar in barnen i mindre gruppkonstellationer över dagen för att alla barn ska komma till tals, pröva demokratiska arbetsformer och utveckla förmåga att samarbeta.',
    );
    expect(em1.development).toContain('Jonas Stier');
    const em3 = find(goals, 'hag-em-3');
    expect(em3.expectedResults).toEqual([
      'Barnens mat innehåller minst 60 % ekologiska, svenskproducerade produkter.',
      'Barnen har tillgång till giftfritt material.',
    ]);
    expect(em3.followUp).toContain('Medarbetar- lönesamtal');
    const em4 = find(goals, 'hag-em-4');
    expect(paragraphsOf(em4.workingMethods)).toHaveLength(9);
    expect(paragraphsOf(em4.workingMethods)[1]).toBe('Vi genomför kontinuerlig (veckovis) kontroll av intäkter och barnintag.');
    expect(em4.resources).toEqual(['Ledningsgrupp', 'Arbetsplatsledarna', 'Bitr. rektor/Administratör', 'Kö-handläggare', 'Lokalintendent']);
    expect(em4.development).toBe('');
    expect(find(goals, 'hag-em-5').title).toBe('Hägerstensåsens förskolor är en god arbetsgivare med en god arbetsmiljö.');
  });

  it('sections: titles in document order, bullets as "- " lines, empty economy part', () => {
    expect(hag.sections.map((s) => s.title)).toEqual([
      'Inledning',
      'Verksamhetsbeskrivning',
      'Ledningsorganisation',
      'Kvalitéts- och utvecklingsarbetet',
      'Samverkan med vårdnadshavarna',
      'Kompetensutvecklingsinsatser',
      'Processen för arbetet med Verksamhetsplanen',
      'Redovisning av ekonomi',
      'Resursanvändning',
      'Budget 2021',
      'Övrigt',
    ]);
    expect(hag.sections.map((s) => s.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(section('kompetensutveckling').text.split('\n')).toHaveLength(9);
    expect(section('samverkan-med-vardnadshavare').text.split('\n')).toContain(
      '- Möte för vårdnadshavare 1 ggr per år - forum där vårdnadshavare kan föra fram förslag och synpunkter. Dagordning skickas i god tid innan samt möjlighet att inkomma med frågor/synpunkter.',
    );
    expect(paragraphsOf(section('inledning').text)).toHaveLength(3);
    expect(section('verksamhetsbeskrivning').text).toContain('Mellanberget (Personnevägen 91, ca 153 barn)');
    for (const key of ['redovisning-av-ekonomi', 'resursanvandning', 'budget-2021', 'ovrigt']) expect(section(key).text).toBe('');
  });
});
