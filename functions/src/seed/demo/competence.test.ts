import { CompetenceRow, type CompetenceCategory } from '@vp/shared';
import { competenceData } from './competence';
import { demoSlices } from './index';

const rows = competenceData.competenceRows!;
const inAvdelning = (avdelning: string) => rows.filter((r) => r.avdelning === avdelning);
const withActivity = (start: string) => {
  const found = rows.filter((r) => r.activity.startsWith(start));
  if (found.length !== 1) throw new Error(`${found.length} rows start with ${start}`);
  return found[0]!;
};
const countBy = (xs: CompetenceRow[]) => {
  const n: Partial<Record<CompetenceCategory, number>> = {};
  for (const r of xs) for (const c of r.categories) n[c] = (n[c] ?? 0) + 1;
  return n;
};

it('is valid, with unique ids, in the förvaltning Hägersten-Älvsjö 2023, and the seed loads it', () => {
  for (const r of rows) expect(CompetenceRow.parse(r)).toEqual(r);
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  expect(new Set(rows.map((r) => `${r.forvaltningId} ${r.year}`))).toEqual(new Set(['hagersten-alvsjo 2023']));
  expect(demoSlices).toContain(competenceData);
});

it('holds every row of each avdelning, in the order of the plan', () => {
  expect([...new Set(rows.map((r) => r.avdelning))]).toEqual(['Avdelning förskola', 'Äldreomsorgen', 'Social omsorg', 'Samhällsplanering och intern service']);
  expect(rows.map((r) => r.order)).toEqual([...rows.map((r) => r.order)].sort((a, b) => a - b));
  expect(inAvdelning('Avdelning förskola')).toHaveLength(13);
  expect(inAvdelning('Äldreomsorgen')).toHaveLength(15);
  expect(inAvdelning('Social omsorg')).toHaveLength(15);
  expect(inAvdelning('Samhällsplanering och intern service')).toHaveLength(10);
});

it('counts the UBARA categories per avdelning as the plan marks them', () => {
  expect(countBy(inAvdelning('Avdelning förskola'))).toEqual({ utveckla: 4, behalla: 2, attrahera: 4, rekrytera: 1, introducera: 1, avsluta: 1 });
  expect(countBy(inAvdelning('Äldreomsorgen'))).toEqual({ utveckla: 10, behalla: 7, attrahera: 1, rekrytera: 1, introducera: 1, avsluta: 1 });
  expect(countBy(inAvdelning('Social omsorg'))).toEqual({ utveckla: 10, behalla: 5, attrahera: 2, rekrytera: 1, introducera: 2, avsluta: 1 });
  expect(countBy(inAvdelning('Samhällsplanering och intern service'))).toEqual({ utveckla: 3, behalla: 1, attrahera: 3, rekrytera: 5 });
});

it('copies the förskola rows with every column, line breaks joined', () => {
  expect(withActivity('Kompetenshöjande insatser')).toMatchObject({
    categories: ['utveckla'],
    goal: 'Förskollärarens kompetens att leda kollegor i arbetslaget i syfte att säkerställa att undervisning bedrivs i enlighet med målen i läroplanen',
    activity: 'Kompetenshöjande insatser för rektorer, förskollärare och arbetslag kopplade till pedagogiskt ledarskap utifrån läroplansuppdraget',
    targetDate: { text: '2023', due: '2023-12-31' },
    responsible: ['Avdelningschef förskola', 'Rektor'],
    resources: ['Utvecklingsenheten'],
    followUp: 'Tertial 1 och 2 samt VB',
    vpGoal: null,
    linkedGoalIds: [],
  });
  expect(withActivity('Uppmuntra medarbetare till fortbildning')).toMatchObject({
    categories: ['behalla'],
    goal: 'Medarbetare upplever att de har utvecklingsmöjligheter och därmed stannar i Hägersten-Älvsjö på lång sikt',
    targetDate: { text: 'Kontinuerligt', due: null },
    followUp: 'VB',
  });
  expect(withActivity('Ta fram rutiner för avslutande samtalet')).toMatchObject({
    categories: ['avsluta'],
    goal: 'Avdelningen har kunskap om varför medarbetare väljer att sluta i Hägersten-Älvsjö.',
    responsible: ['Avdelningschef förskola', 'Rektorer', 'HR'],
  });
});

it('copies the other avdelningar: VP-mål, categories from their markers, dates as written', () => {
  expect(withActivity('Utbildningar i ökade språkkunskaper')).toMatchObject({
    vpGoal: '1.4 Stockholm ska vara en bra stad att åldras i - med god omsorg och stor trygghet',
    categories: ['utveckla'],
    goal: '',
  });
  expect(withActivity('Kompletterande utbildningar till titeln arbetsinstruktör')).toMatchObject({
    categories: ['attrahera', 'utveckla'],
    targetDate: { text: '2023-2025', due: '2025-12-31' },
    responsible: ['Enhetschef Glasade gången'],
  });
  expect(withActivity('Webutbildning mot hot och våld')).toMatchObject({ targetDate: { text: '30/6-2023', due: '2023-06-30' }, followUp: 'Verksamhetsutvecklare följer upp' });
  expect(withActivity('Förbättra konsumentvägledningen')).toMatchObject({
    vpGoal: 'Nämndmål: Stadsdelsnämnden har en stark rådighet över samhällsviktiga funktioner och välfärdsverksamheter',
    categories: ['rekrytera'],
    responsible: ['Enhetschef Medaborgarservice'],
    targetDate: { text: '', due: null },
  });
  expect(withActivity('Ta över parkentreprenad').responsible).toEqual(['Avdelningschef Samhällsplanering och intern service']);
  // No category marker is left in an activity's text.
  expect(rows.filter((r) => /\((utveckl|behåll|attraher|rekryter|avslut|introduk)/i.test(r.activity))).toEqual([]);
});
