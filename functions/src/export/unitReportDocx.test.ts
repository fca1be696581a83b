import { ReportContent, goalHeading, type GoalNode, type Period, type UnitReportView } from '@vp/shared';
import { hagerstensasenData } from '../seed/demo/hagerstensasen';
import { demoPlanTree } from '../testing/demoPlanTree';
import { readDocx, type ReadDocx } from '../testing/docxReader';
import { unitReportDocx } from './unitReportDocx';
import { headingLevel } from './wording';

const content = ReportContent.parse({
  goals: [
    { goalId: 'hag-em-1', assessment: 'fully', analysis: 'Barnen delas in i mindre grupper.\n\nBarnkonventionen & "allas lika värde" <i> i fokus.' },
    { goalId: 'hag-em-2', assessment: 'partly', analysis: '' },
  ],
  indicators: [
    { indicatorId: 'ind-kf-1.3-1', value: 36.666666666666664, numerator: 11, denominator: 30, weight: null, comment: 'Två förskollärare har gått i pension.' },
    { indicatorId: 'ind-kf-1.3-3', value: 15.2, numerator: 76, denominator: 5, weight: null, comment: '' },
    { indicatorId: 'ind-kf-1.1-1', value: 4, numerator: null, denominator: null, weight: null, comment: '' },
  ],
  activities: [{ activityId: 'act-nm-1.3-1-1', status: 'ongoing', comment: 'Underlagen revideras under våren.' }],
});

function reportView(period: Period): UnitReportView {
  return {
    unitId: 'hagerstensasens-forskolor',
    year: 2021,
    period,
    status: 'submitted',
    statusAt: '2021-05-03T08:00:00.000Z',
    statusBy: 'rektor@hagersten.example',
    eTag: '"7"',
    ...content,
    progress: { filled: 6, total: 31 },
    previous: null,
  };
}

/** The paragraphs that follow the heading with this text, up to the next goal's level label or heading. */
function under(doc: ReadDocx, headingText: string): string[] {
  const start = doc.blocks.findIndex((b) => b.type === 'p' && b.style.startsWith('Heading') && b.text === headingText);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = doc.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.type === 'p' && (b.style.startsWith('Heading') || b.style === 'Label'));
  return rest.slice(0, end < 0 ? undefined : end).flatMap((b) => (b.type === 'p' ? [b.text] : []));
}

const rowOf = (doc: ReadDocx, first: string) => doc.tables.flat().find((row) => row[0] === first);

const tree = demoPlanTree(hagerstensasenData);
let t1: ReadDocx;
let vb: ReadDocx;

beforeAll(async () => {
  t1 = readDocx(await unitReportDocx(tree, reportView('T1')));
  vb = readDocx(await unitReportDocx(tree, reportView('VB')));
});

it('is a .docx package with the parts Word needs', () => {
  expect(t1.parts).toEqual(
    expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'docProps/core.xml']),
  );
  expect(t1.part('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
  expect(t1.part('word/styles.xml')).toContain('<w:outlineLvl w:val="3"/>');
  expect(t1.part('docProps/core.xml')).toContain('<dc:title>Tertialrapport 1 2021 – Hägerstensåsens förskolor</dc:title>');
});

it('opens with the title, the förvaltning and the report status', () => {
  expect(t1.paragraphs.slice(0, 4)).toEqual([
    { style: 'Title', text: 'Tertialrapport 1 2021 – Hägerstensåsens förskolor' },
    { style: 'Subtitle', text: 'Hägersten-Älvsjö stadsdelsförvaltning' },
    { style: 'Subtitle', text: 'Uppföljning av Verksamhetsplan 2021 efter tertial 1 (januari–april)' },
    { style: 'Normal', text: 'Status: Inskickad 3 maj 2021   Ifyllt: 6 av 31 mål, indikatorer och aktiviteter' },
  ]);
  expect(vb.paragraphs[0]!.text).toBe('Verksamhetsberättelse 2021 – Hägerstensåsens förskolor');
});

it('lists the goal cascade in a table of contents and heads its pages with the unit and the report', () => {
  const entries = t1.paragraphs.filter((p) => /^TOC\d$/.test(p.style)).map((p) => [p.style.replace('TOC', 'Heading'), p.text.replace(/^\{TOC[^}]*\}/, '').replace(/\t.*$/, '')]);
  expect(entries).toEqual(t1.paragraphs.filter((p) => p.style.startsWith('Heading')).map((p) => [p.style, p.text]));
  expect(t1.headers.default).toContain('Hägerstensåsens förskolor\tTertialrapport 1 2021');
  expect(vb.headers.default).toContain('Hägerstensåsens förskolor\tVerksamhetsberättelse 2021');
  expect(t1.footers.default).toContain('Sida {PAGE} av {NUMPAGES}');
});

it('sets out the goal cascade as headings by level, each after its level label', () => {
  const expected: [string, string][] = [];
  const walk = (goals: GoalNode[]) =>
    goals.forEach((g) => {
      expected.push([`Heading${headingLevel[g.level]}`, goalHeading(g)]);
      walk(g.children);
    });
  walk(tree.goals);
  const headings = t1.paragraphs.filter((p) => p.style.startsWith('Heading')).map((p) => [p.style, p.text]);
  expect(headings).toEqual(expected);
  expect(headings.slice(0, 5)).toEqual([
    ['Heading1', '1. En modern storstad med möjligheter och valfrihet för alla'],
    ['Heading2', '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort'],
    ['Heading2', '1.3 I Stockholm når barn sin fulla potential då Stockholms skolor och förskolor är de bästa i Sverige'],
    ['Heading3', 'Alla barn i förskolan utvecklar sin förståelse för grundläggande demokratiska värden'],
    ['Heading4', 'På Hägerstensåsens förskolor är gruppen en tillgång där varje barn har sin självklara plats, ges utrymme och blir lyssnad på.'],
  ]);
  const labels = t1.paragraphs.filter((p) => p.style === 'Label').map((p) => p.text);
  expect(labels.slice(0, 5)).toEqual(['KF:s inriktningsmål:', 'KF:s mål för verksamhetsområdet:', 'KF:s mål för verksamhetsområdet:', 'Nämndmål:', 'Enhetsmål:']);
});

it("gives each enhetsmål its assessment in the period's wording and the analysis as paragraphs", () => {
  const first = 'På Hägerstensåsens förskolor är gruppen en tillgång där varje barn har sin självklara plats, ges utrymme och blir lyssnad på.';
  expect(under(t1, first)).toEqual([
    'Bedömning: Målet bedöms uppfyllas helt',
    'Analys',
    'Barnen delas in i mindre grupper.',
    'Barnkonventionen & "allas lika värde" <i> i fokus.',
  ]);
  expect(under(vb, first)[0]).toBe('Bedömning: Uppfyllt');
  const second = hagerstensasenData.goals.find((g) => g.id === 'hag-em-2')!.title;
  expect(under(t1, second)).toEqual(['Bedömning: Målet bedöms uppfyllas delvis']);
  expect(under(vb, second)).toEqual(['Bedömning: Delvis uppfyllt']);
  const unreported = hagerstensasenData.goals.find((g) => g.id === 'hag-em-3')!.title;
  expect(under(t1, unreported)).toEqual(['Bedömning: Ej rapporterad']);
  // Förvaltning goals carry no assessment of the unit's
  expect(under(t1, 'Alla barn i förskolan utvecklar sin förståelse för grundläggande demokratiska värden').some((t) => t.startsWith('Bedömning'))).toBe(false);
});

it('puts the outcome beside the targets, with the counts of a ratio, and marks what was not reported', () => {
  const tables = t1.tables.filter((t) => t[0]![0] === 'Indikator');
  expect(tables.length).toBeGreaterThan(0);
  for (const t of tables) expect(t[0]).toEqual(['Indikator', 'Utfall', 'Årsmål', 'KF:s årsmål', 'Periodicitet']);
  expect(rowOf(t1, 'Andel legitimerade förskollärare av totalt antal anställda (årsarbetare)')).toEqual([
    'Andel legitimerade förskollärare av totalt antal anställda (årsarbetare)',
    '36,7\u00a0% (11/30)',
    '',
    '33\u00a0%',
    'Tertial',
  ]);
  expect(rowOf(t1, 'Antal barn per grupp')).toEqual(['Antal barn per grupp', '15,2 (76/5)', '', '16', 'Tertial']);
  expect(rowOf(t1, 'Antal tillhandahållna platser för feriejobb')).toEqual(['Antal tillhandahållna platser för feriejobb', '4', '', 'Tas fram av nämnd', 'Tertial']);
  expect(rowOf(t1, 'Antal förskolebarn per anställd (årsarbetare)')![1]).toBe('Ej rapporterad');
  expect(t1.paragraphs.map((p) => p.text)).toContain(
    'Kommentar, Andel legitimerade förskollärare av totalt antal anställda (årsarbetare): Två förskollärare har gått i pension.',
  );
});

it('reports yearly indicators in the verksamhetsberättelse only', () => {
  const yearly = 'Andel nöjda föräldrar till barn i förskolan';
  expect(rowOf(t1, yearly)).toBeUndefined();
  expect(t1.paragraphs.map((p) => p.text)).toContain('Indikatorer som mäts årsvis redovisas i verksamhetsberättelsen.');
  expect(rowOf(vb, yearly)).toEqual([yearly, 'Ej rapporterad', '', '88\u00a0%', 'År']);
  expect(vb.paragraphs.map((p) => p.text)).not.toContain('Indikatorer som mäts årsvis redovisas i verksamhetsberättelsen.');
});

it('lists the activities with status and comment', () => {
  const header = t1.tables.find((t) => t[0]![0] === 'Aktivitet')![0];
  expect(header).toEqual(['Aktivitet', 'Startdatum', 'Slutdatum', 'Status', 'Kommentar']);
  expect(rowOf(t1, 'Förvaltningen ska i samarbete med förskoleenheterna revidera underlagen för stadens språkprogram')).toEqual([
    'Förvaltningen ska i samarbete med förskoleenheterna revidera underlagen för stadens språkprogram',
    '2021-01-01',
    '2021-12-31',
    'Pågående',
    'Underlagen revideras under våren.',
  ]);
  expect(rowOf(t1, 'Förvaltningens förskoleavdelning ska utveckla arbetet med minoritetsspråk')).toEqual([
    'Förvaltningens förskoleavdelning ska utveckla arbetet med minoritetsspråk',
    '2021-01-01',
    '2021-12-31',
    'Ej rapporterad',
    '',
  ]);
});

it('says a draft is a draft', async () => {
  const draft = readDocx(await unitReportDocx(tree, { ...reportView('T2'), status: 'draft', statusAt: null, statusBy: null }));
  expect(draft.paragraphs[0]!.text).toBe('Tertialrapport 2 2021 – Hägerstensåsens förskolor');
  expect(draft.paragraphs[3]!.text).toMatch(/^Status: Utkast /);
});

it('leaves out an indicator the förvaltning does not ask of the unit', async () => {
  const jobs = 'Antal tillhandahållna platser för feriejobb';
  const onlyOthers = (goals: GoalNode[]): GoalNode[] =>
    goals.map((g) => ({ ...g, indicators: g.indicators.map((i) => (i.name === jobs ? { ...i, applicableUnitIds: ['malarhojden-vastertorps-forskolor'] } : i)), children: onlyOthers(g.children) }));
  const doc = readDocx(await unitReportDocx({ ...tree, goals: onlyOthers(tree.goals) }, reportView('T1')));
  expect(rowOf(doc, jobs)).toBeUndefined();
  expect(rowOf(doc, 'Andel legitimerade förskollärare av totalt antal anställda (årsarbetare)')).toBeDefined();
});
