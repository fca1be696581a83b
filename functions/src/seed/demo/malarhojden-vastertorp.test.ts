import { itemSchemas } from '@vp/shared';
import { malarhojdenVastertorpData as data } from './malarhojden-vastertorp';

const unitId = 'malarhojden-vastertorps-forskolor';

/** The förvaltning spine's nämndmål ids (forvaltning.ts); hard-coded so this test stands alone. */
const spineCommitteeGoalIds = [
  'nm-1.3-1',
  'nm-1.3-2',
  'nm-2.4-1',
  'nm-2.5-1',
  'nm-3.1-1',
  'nm-3.2-1',
  'nm-3.2-2',
  'nm-3.2-3',
];

const nodes = [...data.sections, ...data.goals, ...data.indicators, ...data.activities];
const goal = (id: string) => data.goals.find((g) => g.id === id)!;
const section = (key: string) => data.sections.find((s) => s.key === key)!;

describe('Mälarhöjden/Västertorps förskolor, Verksamhetsplan 2021', () => {
  it('every item parses with its schema', () => {
    for (const x of data.forvaltningar) expect(() => itemSchemas.forvaltning.parse(x)).not.toThrow();
    for (const x of data.units) expect(itemSchemas.unit.parse(x)).toEqual(x);
    for (const x of data.plans) expect(itemSchemas.plan.parse(x)).toEqual(x);
    for (const x of data.sections) expect(itemSchemas.section.parse(x)).toEqual(x);
    for (const x of data.goals) expect(itemSchemas.goal.parse(x)).toEqual(x);
    for (const x of data.indicators) expect(itemSchemas.indicator.parse(x)).toEqual(x);
    for (const x of data.activities) expect(itemSchemas.activity.parse(x)).toEqual(x);
  });

  it('has unique, prefixed ids and belongs to the unit, the förvaltning and 2021', () => {
    const ids = [...data.units, ...data.plans, ...nodes].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of data.sections) expect(s.id).toBe(`mv-sec-${s.key}`);
    data.goals.forEach((g, i) => expect(g.id).toBe(`mv-em-${i + 1}`));
    for (const x of data.indicators) expect(x.id).toMatch(/^mv-ind-\d+$/);
    for (const x of data.activities) expect(x.id).toMatch(/^mv-act-\d+$/);
    for (const n of nodes) {
      expect(n).toMatchObject({ forvaltningId: 'hagersten-alvsjo', unitId, year: 2021 });
    }
    expect(data.plans).toEqual([
      {
        id: 'mv-2021',
        forvaltningId: 'hagersten-alvsjo',
        unitId,
        year: 2021,
        title: 'Verksamhetsplan 2021',
        author: 'Jeanette Smedjer',
      },
    ]);
  });

  it('hangs every enhetsmål under a spine nämndmål, in document order', () => {
    for (const g of data.goals) {
      expect(g.level).toBe('unitGoal');
      expect(spineCommitteeGoalIds).toContain(g.parentId);
      expect(g.description).toBe('');
    }
    expect(data.goals.map((g) => g.parentId)).toEqual(['nm-1.3-1', 'nm-1.3-2', 'nm-2.5-1', 'nm-3.2-1', 'nm-3.2-2']);
    // order counts among sibling goals under the same nämndmål
    const byParent = new Map<string | null, number[]>();
    for (const g of data.goals) byParent.set(g.parentId, [...(byParent.get(g.parentId) ?? []), g.order]);
    for (const orders of byParent.values()) expect(orders).toEqual(orders.map((_, i) => i));
  });

  it('has the counts of the document', () => {
    expect(data.forvaltningar).toHaveLength(0);
    expect(data.units).toHaveLength(1);
    expect(data.goals).toHaveLength(5);
    expect(data.sections).toHaveLength(9);
    expect(data.indicators).toHaveLength(0);
    expect(data.activities).toHaveLength(0);
    expect(data.units[0]!.preschools).toHaveLength(7);
  });

  it('has the unit figures of the Verksamhetsbeskrivning', () => {
    const unit = data.units[0]!;
    expect(unit).toMatchObject({ id: unitId, forvaltningId: 'hagersten-alvsjo', name: 'Mälarhöjden/Västertorps förskolor' });
    expect(unit.children).toBe(511);
    expect(unit.departments).toBe(31);
    expect(unit.staff).toBe(115);
    expect(unit.preschools.map((p) => `${p.name} (${p.note})`)).toEqual([
      'Hattis (Mälarhöjden)',
      'Kroppås (Mälarhöjden)',
      'Regnbågen (Mälarhöjden)',
      'Toppen (Mälarhöjden)',
      'Snöbollen (Västertorp)',
      'Störtloppet (Västertorp)',
      'Vasan (Västertorp)',
    ]);
    expect(unit.description).toMatch(/^Enheten består av sju förskolor\. /);
  });

  it('has the sections in document order with their printed headings', () => {
    expect(data.sections.map((s) => [s.order, s.title, s.parentId])).toEqual([
      [0, 'Inledning', null],
      [1, 'Verksamhetsidé och värdegrund', null],
      [2, 'Verksamhetsbeskrivning', null],
      [3, 'Kvalitets- och utvecklingsarbete', null],
      [4, 'Kompetensutveckling', null],
      [5, 'Redovisning av ekonomi', null],
      [6, 'Resursanvändning', null],
      [7, 'Budget 2021', null],
      [8, 'Övrigt', null],
    ]);
    for (const key of ['redovisning-av-ekonomi', 'resursanvandning', 'budget-2021', 'ovrigt']) {
      expect(section(key).text).toBe('');
    }
  });

  it('keeps section text exactly as printed', () => {
    expect(section('inledning').text.split('\n\n')).toHaveLength(3);
    expect(section('verksamhetside-och-vardegrund').text).toContain(
      'Med **barnen i fokus** erbjuder vi en pedagogisk verksamhet där ”omsorg, utveckling och lärande bildar en helhet”.',
    );
    expect(section('verksamhetsbeskrivning').text).toContain(
      'Vi har 31 förskollärare, 75 barnskötare, 3 lokalvårdare och 6 kockar/ekonomibiträden.',
    );
    // a sentence split by a page break in the source is joined
    expect(section('kvalitets-och-utvecklingsarbete').text).toContain('Fokus kommer även i år kommer att vara språk.');
    expect(section('kompetensutveckling').text).toContain(
      'Planerad kompetensutveckling utifrån behov:\n\n- Utbildning till förskollärare (erfarenhetsbaserad)\n- Barnkonventionen\n- Lågaffektivt bemötande\n- Ökad kompetens för kockarna i ekologisk och hållbar matlagning.',
    );
  });

  it('keeps the enhetsmål text exactly as printed', () => {
    expect(goal('mv-em-1').title).toBe(
      'Gruppen är en tillgång där varje barn har sin självklara plats, ges utrymme och blir lyssnad på.',
    );
    expect(goal('mv-em-1').expectedResults).toHaveLength(3);
    expect(goal('mv-em-1').workingMethods.split('\n\n')).toHaveLength(9);
    expect(goal('mv-em-1').workingMethods.split('\n\n')[7]).toBe('Barn får det språk vi använder.');
    expect(goal('mv-em-1').followUp).toEqual([
      'Verksamhetsplanens åtaganden följs upp vid varje reflektionstillfälle samt WKI och utvecklingsdagar.',
      'Diskutera i arbetslaget: Vad är en närvarande pedagog?',
    ]);
    // "Mälardalen" is the document's own typo
    expect(goal('mv-em-2').title).toMatch(/^Varje barn i Mälardalen\/Västertorps förskolor möts av undervisningsmiljöer/);
    expect(goal('mv-em-2').workingMethods).toContain(
      'Pedagogerna ska presentera och introducera undervisningsmiljön och ha ett medvetet förhållningssätt och finnas med i leken och aktiviteterna.',
    );
    expect(goal('mv-em-3').workingMethods).toMatch(/^Alla pedagoger i enheten ska genomgått webbutbildningen kemikaliesmart förskola\./);
    expect(goal('mv-em-4').followUp).toEqual([
      'APT, arbetsmiljögruppen, medarbetarenkäten, arbetsmiljöronnd samt medarbetarsamtal.',
    ]);
    const economy = data.goals.find((g) => g.parentId === 'nm-3.2-2')!;
    expect(economy.title).toBe('Enhetens verksamhet har en långsiktigt hållbar ekonomi');
    expect(economy.expectedResults).toEqual(['En budget i balans']);
    expect(economy.followUp).toEqual(['Uppföljning en gång i månaden med controller, avdelningschef och rektor.']);
    // the document gives no Resursanvändning or Utveckling for any of its enhetsmål
    for (const g of data.goals) {
      expect(g.resources).toEqual([]);
      expect(g.development).toBe('');
    }
  });
});
