import { goalHeading, type Activity, type GoalNode, type Indicator } from '@vp/shared';
import { hagerstensasenData } from '../seed/demo/hagerstensasen';
import { demoPlanTree } from '../testing/demoPlanTree';
import { readDocx, type ReadDocx } from '../testing/docxReader';
import { planDocx } from './planDocx';
import { headingLevel } from './wording';

const own = { forvaltningId: 'hagersten-alvsjo', unitId: 'hagerstensasens-forskolor', year: 2021, parentId: 'hag-em-1' };
// The demo unit adds no indicators or activities of its own; these show the unit's columns filled in.
const barnPerGrupp: Indicator = {
  ...own,
  id: 'hag-ind-1',
  order: 0,
  name: 'Antal barn per grupp på Hägerstensåsen',
  measureUnit: 'barn/grupp',
  direction: 'lowerIsBetter',
  annualTarget: { type: 'value', value: 15.25 },
  councilTarget: { type: 'value', value: 1945.333 },
  periodicity: 'year',
  aggregation: { rule: 'ratioOfSums', numerator: 'barn', denominator: 'grupper', factor: 1 },
  applicableUnitIds: null,
};
const legitimerade: Indicator = {
  ...barnPerGrupp,
  id: 'hag-ind-2',
  order: 1,
  name: 'Andel legitimerade på Hägerstensåsen',
  measureUnit: '%',
  annualTarget: { type: 'value', value: 36.666666 },
  councilTarget: { type: 'text', text: 'Tas fram av nämnd' },
  periodicity: 'tertial',
  applicableUnitIds: ['hagerstensasens-forskolor'],
};
// Asked of another unit only: not part of this unit's plan.
const annanEnhet: Indicator = { ...barnPerGrupp, id: 'hag-ind-3', order: 2, name: 'Bara för Älvsjö', applicableUnitIds: ['alvsjo-forskolor'] };
const studiedagar: Activity = {
  ...own,
  id: 'hag-act-1',
  order: 0,
  text: 'Studiedagar om barnkonventionen',
  start: '2021-02-01',
  end: '2021-06-15',
  responsible: 'Biträdande rektor',
  resources: 'Två studiedagar\n40 timmar',
};

const tree = demoPlanTree({ ...hagerstensasenData, indicators: [barnPerGrupp, legitimerade, annanEnhet], activities: [studiedagar] });
let doc: ReadDocx;
beforeAll(async () => {
  doc = readDocx(await planDocx(tree, new Date('2021-02-15T09:00:00Z')));
});

const headings = () => doc.paragraphs.filter((p) => p.style.startsWith('Heading')).map((p) => [p.style, p.text]);
/** The texts from the heading with this text up to the next goal's level label or heading. */
function under(headingText: string): (string | string[][])[] {
  const start = doc.blocks.findIndex((b) => b.type === 'p' && b.style.startsWith('Heading') && b.text === headingText);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = doc.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.type === 'p' && (b.style.startsWith('Heading') || b.style === 'Label'));
  return rest.slice(0, end < 0 ? undefined : end).map((b) => (b.type === 'p' ? b.text : b.rows));
}

it('opens with a title page naming the plan, the unit and the förvaltning, then the table of contents', () => {
  expect(doc.paragraphs.slice(0, 4)).toEqual([
    { style: 'Title', text: 'Verksamhetsplan 2021' },
    { style: 'Subtitle', text: 'Hägerstensåsens förskolor' },
    { style: 'Subtitle', text: 'Hägersten-Älvsjö stadsdelsförvaltning' },
    { style: 'TOCHeading', text: 'Innehåll' },
  ]);
  expect(doc.paragraphs[4]!.text).toMatch(/^\{TOC \\h \\o "1-4"\}Inledning\t/);
  expect(doc.part('docProps/core.xml')).toContain('<dc:title>Verksamhetsplan 2021 – Hägerstensåsens förskolor</dc:title>');
  expect(doc.part('docProps/core.xml')).toContain('2021-02-15T09:00:00Z');
});

it('lists every heading in the table of contents, in order and by level', () => {
  const entries = doc.paragraphs.filter((p) => /^TOC\d$/.test(p.style)).map((p) => [p.style.replace('TOC', 'Heading'), p.text.replace(/^\{TOC[^}]*\}/, '').replace(/\t.*$/, '')]);
  expect(entries).toEqual(headings());
});

it('heads the pages with the unit and the plan, and numbers them', () => {
  expect(doc.headers.default).toContain('Hägerstensåsens förskolor\tVerksamhetsplan 2021');
  expect(doc.footers.default).toContain('Sida {PAGE} av {NUMPAGES}');
});

it('sets out the plan texts in their order, then the goal cascade as headings by level, each after its level label, and the economy part at the end', () => {
  // As the source document prints them: the economy part and Övrigt after the goals.
  const before = ['Inledning', 'Verksamhetsbeskrivning', 'Ledningsorganisation', 'Kvalitéts- och utvecklingsarbetet', 'Samverkan med vårdnadshavarna', 'Kompetensutvecklingsinsatser', 'Processen för arbetet med Verksamhetsplanen'];
  const after = ['Redovisning av ekonomi', 'Resursanvändning', 'Budget 2021', 'Övrigt'];
  expect(tree.sections.map((s) => s.title).sort()).toEqual([...before, ...after].sort());
  const expected = before.map((title) => ['Heading1', title]);
  const walk = (goals: GoalNode[]) =>
    goals.forEach((g) => {
      expected.push([`Heading${headingLevel[g.level]}`, goalHeading(g)]);
      walk(g.children);
    });
  walk(tree.goals);
  expected.push(...after.map((title) => ['Heading1', title]));
  expect(headings()).toEqual(expected);
  expect(headings().slice(before.length, before.length + 5)).toEqual([
    ['Heading1', '1. En modern storstad med möjligheter och valfrihet för alla'],
    ['Heading2', '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort'],
    ['Heading2', '1.3 I Stockholm når barn sin fulla potential då Stockholms skolor och förskolor är de bästa i Sverige'],
    ['Heading3', 'Alla barn i förskolan utvecklar sin förståelse för grundläggande demokratiska värden'],
    ['Heading4', 'På Hägerstensåsens förskolor är gruppen en tillgång där varje barn har sin självklara plats, ges utrymme och blir lyssnad på.'],
  ]);
  const labels = doc.paragraphs.filter((p) => p.style === 'Label').map((p) => p.text);
  expect(labels.slice(0, 5)).toEqual(['KF:s inriktningsmål:', 'KF:s mål för verksamhetsområdet:', 'KF:s mål för verksamhetsområdet:', 'Nämndmål:', 'Enhetsmål:']);
});

it('writes a plan text as paragraphs and its "- " lines as a bulleted list, and notes an empty one', () => {
  const skills = doc.blocks.findIndex((b) => b.type === 'p' && b.text === 'Kompetensutvecklingsinsatser');
  expect(doc.blocks.slice(skills + 1, skills + 3)).toEqual([
    { type: 'p', style: 'ListBullet', text: 'Påbyggnadsutbildning för barnskötare med äldre utbildning.' },
    { type: 'p', style: 'ListBullet', text: 'Outbildade medarbetare fortbildning till barnskötare.' },
  ]);
  expect(under('Budget 2021')).toEqual(['Ingen text i planen.']);
  expect(under('Inledning')[0]).toMatch(/^Alla kommunala förskolor i den nya stadsdelen/);
});

it("gives each goal its texts under their headings, lists as bullets, then the indicators asked of the unit and the activities, targets formatted as in the tab", () => {
  const goal = hagerstensasenData.goals.find((g) => g.id === 'hag-em-1')!;
  const blocks = under(goal.title);
  const at = (label: string) => blocks.indexOf(label);
  expect(blocks.filter((b) => typeof b === 'string' && ['Beskrivning', 'Förväntat resultat', 'Arbetssätt', 'Resursanvändning', 'Uppföljning', 'Utveckling', 'Indikatorer', 'Aktiviteter'].includes(b))).toEqual(
    ['Förväntat resultat', 'Arbetssätt', 'Resursanvändning', 'Uppföljning', 'Utveckling', 'Indikatorer', 'Aktiviteter'],
  );
  expect(blocks.slice(at('Förväntat resultat') + 1, at('Arbetssätt'))).toEqual(goal.expectedResults);
  const bullets = doc.paragraphs.filter((p) => p.style === 'ListBullet').map((p) => p.text);
  expect(bullets).toEqual(expect.arrayContaining([...goal.expectedResults, ...goal.resources, ...goal.followUp]));
  expect(blocks[at('Indikatorer') + 1]).toEqual([
    ['Indikator', 'Årsmål', 'KF:s årsmål', 'Periodicitet', 'Enhet'],
    ['Antal barn per grupp på Hägerstensåsen', '15,3', '1\u00a0945,3', 'År', 'barn/grupp'],
    ['Andel legitimerade på Hägerstensåsen', '36,7\u00a0%', 'Tas fram av nämnd', 'Tertial', '%'],
  ]);
  expect(blocks[at('Aktiviteter') + 1]).toEqual([
    ['Aktivitet', 'Startdatum', 'Slutdatum', 'Ansvarig', 'Resurser'],
    ['Studiedagar om barnkonventionen', '2021-02-01', '2021-06-15', 'Biträdande rektor', 'Två studiedagar\n40 timmar'],
  ]);
});

it("tables the förvaltning's indicators and activities under its goals, an absent target as an empty cell", () => {
  const area = under('1.3 I Stockholm når barn sin fulla potential då Stockholms skolor och förskolor är de bästa i Sverige');
  expect(area[area.indexOf('Indikatorer') + 1]).toEqual(
    expect.arrayContaining([['Andel legitimerade förskollärare av totalt antal anställda (årsarbetare)', '', '33\u00a0%', 'Tertial', '%']]),
  );
  const activities = doc.tables.find((t) => t[1]![0] === 'Förvaltningen ska i samarbete med förskoleenheterna revidera underlagen för stadens språkprogram');
  expect(activities![1]).toEqual(['Förvaltningen ska i samarbete med förskoleenheterna revidera underlagen för stadens språkprogram', '2021-01-01', '2021-12-31', '', '']);
});
