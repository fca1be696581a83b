/**
 * The self-assessments (skattning av normalläget) of seed 003's SKA plans 2018/2019: the förskola's
 * (FL = förskolans ledningsgrupper eller liknande, VC = verksamhetschef; means printed with two decimals)
 * and the municipality's (U = utbildningsdirektör, VC = verksamhetschefer; one decimal), each with the
 * four strategies' criteria as printed and the averages it prints. Repaired from the PDF extraction: in the
 * förskola's Lärande organisation, criterion 4's scores stood in the middle of its text ("… relevant
 * forskning 3,48 4,00 och beprövad erfarenhet …"); the text is joined and the scores put in their columns.
 * "för uppnå att kriteriet" (scale 2) and "Kvalité" are kept as printed.
 */
import type { SkaAssessment, SkaPrintedAverage, SkaScore, SkaStrategy, SkaStrategyKey } from '@vp/shared';
import { sodertaljeForvaltningId } from './sodertalje';

const scale = [
  'har långt kvar innan vi kan uppnå kriteriet',
  'har påbörjat insatser för uppnå att kriteriet',
  'har i viss utsträckning uppnått kriteriet',
  'har i stor utsträckning uppnått kriteriet',
  'har uppnått kriteriet fullt ut',
];
const year = 2018;

interface PrintedStrategy {
  key: SkaStrategyKey;
  name: string;
  /** per criterion its text and the two roles' scores, in the order of the roles */
  criteria: [string, number, number][];
  /** Genomsnitt för …, per role */
  averages: [number, number];
}

function assessment(id: string, scope: SkaAssessment['scope'], roles: [string, string][], decimals: number, printed: PrintedStrategy[]): SkaAssessment {
  const strategies: SkaStrategy[] = printed.map((s) => ({ key: s.key, name: s.name, comment: '', criteria: s.criteria.map(([text], i) => ({ number: i + 1, text })) }));
  const scores: SkaScore[] = printed.flatMap((s) =>
    roles.flatMap(([role], r) => s.criteria.map((c, i) => ({ role, year, strategy: s.key, criterion: i + 1, score: c[1 + r] as number }))),
  );
  const printedAverages: SkaPrintedAverage[] = printed.flatMap((s) => roles.map(([role], r) => ({ role, year, strategy: s.key, value: s.averages[r]! })));
  return {
    id,
    forvaltningId: sodertaljeForvaltningId,
    unitId: null,
    year,
    scope,
    heading: 'Uppföljning av strategier för högre måluppfyllelse',
    scale,
    roles: roles.map(([key, label]) => ({ key, label })),
    strategies,
    scores,
    printedAverages,
    decimals,
  };
}

const ledning = [
  'Ledningen är i ord och handling tydlig med mål och verksamhetsidé och kunskap om hur mål och verksamhetsidé omsätts i undervisningen.',
  'Ledningen leder och driver ett systematiskt kvalitetsarbete som utgår från verksamhetens behov, är avgränsat och inkluderar alla medarbetare.',
  'Ledningen har en ändamålsenlig arbetsfördelning i organisationen utifrån det nationella och det kommunala uppdraget.',
  'Ledningen har höga förväntningar och kvalitetskrav på medarbetarna och en tydlig process för att följa upp och stödja medarbetarnas lärande.',
];
const larande = [
  'I organisationen finns en ansvarskultur där alla medarbetare tar ansvar för förskolans utveckling och nödvändiga förbättringsarbete.',
  'I organisationen finns en professionell kultur där samarbete, flexibilitet och utmaning skapar förutsättningar för ett lösningsfokuserat förhållningssätt.',
  'I organisationen finns ett strukturerat och behovsstyrt kollegialt lärande som leder till att undervisningen utvecklas och förbättras.',
  'I organisationen finns kunskap om aktuell och relevant forskning och beprövad erfarenhet, vilket beaktas i diskussioner, processer och beslut.',
];
const ledarskap = 'I undervisningen finns en hög grad av ledarskapskompetens som säkrar att undervisningen är målstyrd och att det råder arbetsro.';
const withScores = (texts: string[], scores: [number, number][]): [string, number, number][] => texts.map((t, i) => [t, ...scores[i]!]);

export const sodertaljeForskolaAssessment = assessment(
  'sdt-ska-2018-forskola-skattning',
  'forskola',
  [
    ['FL', 'förskolans ledningsgrupper eller liknande'],
    ['VC', 'verksamhetschef'],
  ],
  2,
  [
    { key: 'pedagogiskLedning', name: 'Pedagogisk ledning', criteria: withScores(ledning, [[3.94, 3.85], [4.15, 3.38], [3.95, 3.92], [3.87, 3.23]]), averages: [3.98, 3.6] },
    { key: 'larandeOrganisation', name: 'Lärande organisation', criteria: withScores(larande, [[3.19, 2.85], [3.68, 3.77], [3.55, 3.54], [3.48, 4.0]]), averages: [3.48, 3.54] },
    {
      key: 'malOchResultatstyrning',
      name: 'Mål- och resultatstyrning',
      criteria: withScores(
        [
          'Barnens lärande och utveckling följs kontinuerligt upp inom förskolans prioriterade kunskapsområden utifrån en formativ process.',
          'Barnens lärande och utveckling är väl kommunicerad och känd hos ledare, medarbetare, barn och vårdnadshavare.',
          'Måluppfyllelsen och resultatutvecklingen analyseras i dialog mellan ledning och medarbetare, vilka därefter säkrar att nödvändiga förändringar genomförs på både lednings- och medarbetarnivå.',
          'Mål- och resultatstyrningen beaktar i uppföljning, analys och åtgärder de krav som finns på kompensatoriska anpassningar och stöd för enskilda eller grupper av barn.',
        ],
        [[3.87, 3.77], [3.61, 3.69], [3.74, 3.69], [3.88, 4.08]],
      ),
      averages: [3.78, 3.81],
    },
    {
      key: 'kvaliteILarandet',
      name: 'Kvalité i lärandet',
      criteria: withScores(
        [
          ledarskap,
          'I undervisningen finns en högre grad av relationell kompetens som säkrar att det finns en ömsesidig respekt mellan personal och barn och att barnen möts av positiva och höga förväntningar.',
          'I undervisningen finns en hög grad av didaktisk kompetens som säkrar att lärandet har en variation anpassad till barnens olika behov och förutsättningar.',
          'Undervisningen är väl planerad och utgår från styrdokument. Barnens lärande följs upp utifrån både formativa och summativa bedömningar.',
        ],
        [[3.55, 3.31], [3.7, 4.08], [3.38, 4.08], [3.56, 3.69]],
      ),
      averages: [3.54, 3.79],
    },
  ],
);

export const sodertaljeKommunAssessment = assessment(
  'sdt-ska-2018-kommun-skattning',
  'kommun',
  [
    ['U', 'utbildningsdirektör'],
    ['VC', 'verksamhetschefer'],
  ],
  1,
  [
    { key: 'pedagogiskLedning', name: 'Pedagogisk ledning', criteria: withScores(ledning, [[3.7, 3.5], [3.7, 3.4], [3.7, 3.7], [3.3, 3.4]]), averages: [3.6, 3.5] },
    { key: 'larandeOrganisation', name: 'Lärande organisation', criteria: withScores(larande, [[3.3, 3.0], [3.3, 3.5], [3.0, 3.4], [3.0, 3.5]]), averages: [3.2, 3.4] },
    {
      key: 'malOchResultatstyrning',
      name: 'Mål- och resultatstyrning',
      criteria: withScores(
        [
          'Elevernas mål- och resultatutveckling följs kontinuerligt upp inom samtliga ämnen utifrån en formativ process.',
          'Elevernas mål- och resultatuppfyllelse är väl kommunicerad och känd hos ledare, medarbetare, elever och vårdnadshavare.',
          'Måluppfyllelsen och resultatutvecklingen analyseras i dialog mellan ledning och medarbetare, vilka därefter säkrar att nödvändiga förändringar genomförs på både lednings- och medarbetarnivå.',
          'Mål- och resultatstyrningen beaktar i uppföljning, analys och åtgärder de krav som finns på extra anpassningar och särskilt stöd för enskilda eller grupper av elever.',
        ],
        [[4.0, 3.6], [3.3, 3.5], [3.3, 3.3], [3.0, 3.4]],
      ),
      averages: [3.4, 3.4],
    },
    {
      key: 'kvaliteILarandet',
      name: 'Kvalité i lärandet',
      criteria: withScores(
        [
          ledarskap,
          'I undervisningen finns en högre grad av relationell kompetens som säkrar att det finns en ömsesidig respekt mellan lärare och elever och att eleverna möts av positiva och höga förväntningar.',
          'I undervisningen finns en hög grad av didaktisk kompetens som säkrar att undervisningen har en variation anpassad till elevernas olika behov och förutsättningar.',
          'Undervisningen är väl planerad och utgår från styrdokument. Elevernas lärande följs upp utifrån både formativa och summativa bedömningar.',
        ],
        [[3.7, 3.5], [3.3, 3.7], [3.3, 3.6], [3.7, 3.4]],
      ),
      averages: [3.5, 3.6],
    },
  ],
);

export const sodertaljeAssessments: SkaAssessment[] = [sodertaljeKommunAssessment, sodertaljeForskolaAssessment];
