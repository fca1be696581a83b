/**
 * Förskolans verksamhetsplan 2020–2023, Smedjebackens kommun (Familje- och utbildningsförvaltningen):
 * a focus-area plan. Copied from the source document (text extracted from PDF): line wraps joined,
 * spelling, quotes and punctuation kept as printed (also the split "kö samordnaren"). Paragraphs are
 * taken as the extraction marks them (a line of its own between them): "Barn, elever …" is one of the
 * nämnd's goals, "Människors lika värde …" with "Alla ska behandlas lika …" (the sentence it explains) another.
 *
 * Nämndens övergripande mål are förvaltning-owned; the förskola's verksamhetsmål and its focus areas
 * with their activities are the unit's. The free texts (the kommun's and the nämnd's visions, Ledning
 * och styrning) are the unit's sections: the product keeps free texts per unit plan only (a förvaltning
 * has no sections of its own), and the förskola's plan prints them. The plan is
 * stored under its first year, 2020, and names 2023 as its last. All goals are roots; the plan tree puts
 * the levels in the source's order (the nämnd's goals, the verksamhetsmål, Fokus 1–7), `order` counts
 * within a level.
 */
import type { Activity, Goal, PlanSection } from '@vp/shared';
import { demoGroupIds } from './groups';
import type { DemoData } from './types';

const forvaltningId = 'smedjebacken-fuf';
const unitId = 'smedjebacken-forskolan';
const year = 2020;
/** Tidsplanering: 2020-2023, printed under every focus area. */
const start = '2020-01-01';
const end = '2023-12-31';

function section(order: number, key: string, title: string, text: string): PlanSection {
  return { id: `smb-sec-${key}`, forvaltningId, unitId, year, parentId: null, order, key, title, text };
}

type GoalHead = Pick<Goal, 'id' | 'unitId' | 'order' | 'level' | 'number' | 'title'>;

function goal(head: GoalHead, followUp: string[] = []): Goal {
  return {
    forvaltningId,
    year,
    parentId: null,
    ...head,
    description: '',
    expectedResults: [],
    workingMethods: '',
    resources: [],
    followUp,
    development: '',
  };
}

/** Nämndens övergripande mål n (1–8): each paragraph of the source (a blank line apart) is one goal, unnumbered as printed. */
function boardGoal(n: number, text: string): Goal {
  return goal({ id: `smb-nm-${n}`, unitId: null, order: n - 1, level: 'boardGoal', number: null, title: text });
}

/** Förskolans verksamhetsmål n (1–4), without the quote marks it is printed in. */
function operationalGoal(n: number, text: string): Goal {
  return goal({ id: `smb-vm-${n}`, unitId, order: n - 1, level: 'operationalGoal', number: null, title: text });
}

interface FocusArea {
  title: string;
  /** the Aktivitet bullets, each with whom the source names as doing it ('' when it names no one) */
  activities: { text: string; responsible?: string }[];
  /** the Uppföljning/redovisning bullets, or its one sentence */
  followUp: string[];
}

const focusId = (n: number) => `smb-fokus-${n}`;

function focusGoal(n: number, area: FocusArea): Goal {
  return goal(
    { id: focusId(n), unitId, order: n - 1, level: 'focusArea', number: `Fokus ${n}`, title: area.title },
    area.followUp,
  );
}

function focusActivities(n: number, area: FocusArea): Activity[] {
  return area.activities.map((a, i) => ({
    id: `smb-fokus-${n}-akt-${i + 1}`,
    forvaltningId,
    unitId,
    year,
    parentId: focusId(n),
    order: i,
    text: a.text,
    start,
    end,
    responsible: a.responsible ?? '',
    resources: '',
  }));
}

const systematiskt = 'Redovisning sker årligen i skolenheternas systematiska kvalitetsarbete.';

const focusAreas: FocusArea[] = [
  {
    title: 'Strategisk kompetensförsörjning',
    activities: [
      { text: 'Vakanta tjänster ska annonseras ut på hemsida, webcruiter och sociala medier.' },
      { text: 'Beslutande politiker, skolledare och personalavdelning samarbetar i frågan om riktade insatser kring löneutveckling, fortbildning och kompetensförsörjning på lång sikt.' },
      { text: 'Vara en VFU-kommun i framkant. Bibehålla och utveckla arbetet med våra partnerförskolor i kommunen kopplat till PUD vid Högskolan Dalarna för att erbjuda bra handledning och praktik för våra VFU-studenter.' },
      { text: 'Delta aktivt på rekryteringsmässor för arbeten inom förskola, skola och fritidshem.' },
      { text: 'Förvaltningen ger våra medarbetare kompetensutveckling för att stärka kompetensen och möta de krav och utmaningar vi har. Förvaltningen har identifierat utvecklingsområden där medarbetare behöver få vidare kompetensutveckling. Dessa är Ester, Motivationslyftet, Digital kompetens, Infomentor, implementering av Lpfö18 och NTA.' },
    ],
    followUp: [
      'Uppföljning av aktiviteter sker i ledningsgruppen inför varje termin.',
      'Utvärdera vår partnerförskoleverksamhet kontinuerligt. Vi följer upp hur VFU-studenterna upplever sin praktik. VFU-handledarna ingår i en grupp där erfarenheter följs upp och redovisas tillsammans med rektor.',
      'Varje medarbetare har en individuell utvecklingsplan som fylls i och utvärderas vid medarbetarsamtal. Då personal åker på fortbildning är ett krav att detta ska redovisas för kollegor för att på detta sätt sprida kunskap.',
      'Årligen kontrollera andelen behöriga förskollärare i organisationen. Detta sker i bokslutet.',
    ],
  },
  {
    title: 'Digitalisering',
    activities: [
      { text: 'En handlingsplan för digitalisering bör tas fram i förvaltningen.' },
      { text: 'En tydlig plan för fortsatt implementering av Infomentor tas fram.' },
    ],
    followUp: ['Uppföljning sker regelbundet med användarstödjare i Infomentor.', systematiskt],
  },
  {
    title: 'ESTER',
    activities: [
      { text: 'Att tidigt upptäcka barn och elever med normbrytande beteende.' },
      { text: 'Screening ska genomföras årligen på förskolorna.' },
    ],
    followUp: ['Uppföljning sker i gruppen för Esterhandledare tillsammans med rektorer kontinuerligt.', systematiskt],
  },
  {
    title: 'NTA (Naturvetenskap och teknik för alla)',
    activities: [{ text: 'Utbildning av pedagoger fortsätter så att kompetensen kommer barnen tillgodo.' }],
    // Printed without full stops.
    followUp: ['Kvalitativ utvärdering av NTA-samordnare', 'Redovisning sker årligen i skolenheternas systematiska kvalitetsarbete'],
  },
  {
    title: 'Utveckla barnens inre motivation genom motivationslyftet',
    activities: [{ text: 'Utbilda all personal så att barnen får verktyg att öka sin inre motivation.' }],
    followUp: ['Årligen i det systematiska kvalitetsarbetet.'],
  },
  {
    title: 'Språkutvecklande arbetssätt',
    activities: [
      { text: 'Pedagogerna stöttar och utmanar barnen i deras språkutveckling och undervisningen utvecklas och förbättras kontinuerligt utifrån de specifika behov som barnen har.' },
    ],
    followUp: ['Årligen i det systematiska kvalitetsarbetet.'],
  },
  {
    title: 'Barnomsorgskön hanteras av kö samordnaren',
    activities: [
      { text: 'Placeringar av barn utifrån ködatum hanteras av kö samordnaren i samarbete med rektorer.', responsible: 'kö samordnaren i samarbete med rektorer' },
    ],
    followUp: ['Avrapporteras kontinuerligt till förvaltningschef och nämnd.'],
  },
];

export const smedjebackenData: DemoData = {
  forvaltningar: [
    {
      id: forvaltningId,
      name: 'Familje- och utbildningsförvaltningen, Smedjebackens kommun',
      municipality: 'Smedjebackens kommun',
      committee: 'Familje- och utbildningsnämnden',
      groupId: demoGroupIds.smedjebackenFuf,
    },
  ],
  // The source names no preschools of the förskola.
  units: [{ id: unitId, forvaltningId, name: 'Förskolan, Smedjebackens kommun', description: '', preschools: [], groupId: demoGroupIds.smedjebackenForskolan }],
  plans: [{ id: 'smb-2020', forvaltningId, unitId, year, lastYear: 2023, title: 'Förskolans verksamhetsplan 2020–2023' }],
  sections: [
    section(0, 'kommunens-vision', 'Smedjebackens kommuns vision', 'Smedjebacken ska vara en välkomnande kommun med engagemang, trygghet och framtidstro.'),
    section(
      1,
      'namndens-vision',
      'Nämndens vision',
      '”Familje- och utbildningsnämndens vision är att stärka människor i Smedjebackens kommun till goda levnadsförhållanden som främjar delaktighet, gemenskap, lika möjligheter och innanförskap.”',
    ),
    section(
      2,
      'ledning-och-styrning',
      'Ledning och styrning',
      'Förutsättningen för att skapa en bra ledning och styrning för verksamheten är att det finns ett bra arbetsklimat, som präglas av dialog och delaktighet mellan arbetsledning och medarbetare. All verksamhetsutveckling ska ske i delaktighet. Arbetsgruppsmöten, arbetsplatsträffar (APT), IFO:s ledningsgrupp, planeringsdagar är mötesplatser där alla ska ha möjlighet att komma till tals. Vid planeringsdagar mm är det viktigt med diskussioner i blandade grupper för att främja den interna samverkan och skapa mötesplatser utanför den egna arbetsgruppen. Ansvaret för verksamhetsplanens olika mål ska spridas bland medarbetarna och ledningsgruppen. Alla medarbetare har ett ansvar för verksamhetsplanen utifrån sin egen roll i organisationen och att följa den i det vardagliga arbetet.',
    ),
  ],
  goals: [
    boardGoal(
      1,
      'Barn, elever eller vuxna i behov av stöd, ska oavsett första kontakt med Familje- och utbildningsförvaltningens verksamheter uppleva kontinuitet och trygghet under ärendets gång.',
    ),
    boardGoal(
      2,
      'Människors lika värde ska genomsyra familje- och utbildningsförvaltningens samtliga verksamheter. Alla ska behandlas lika oavsett kön, sexuell läggning, ålder, funktionshinder, etnisk, religiös eller kulturell härkomst.',
    ),
    boardGoal(
      3,
      'Förhållningssättet ska präglas av respekt för den enskilda. Det är viktigt att den enskilde upplever att han/hon blir väl bemött och blir respektfullt behandlad och känner sig delaktig.',
    ),
    boardGoal(4, 'Det ska vara enkelt att komma i kontakt med familje- och utbildningsförvaltningens personal.'),
    boardGoal(
      5,
      'Människor som utsätts för våld och kränkningar, samt barn som bevittnat våld i nära relation, ska erbjudas stöd och ges möjligheter att förändra sin situation. Särskilt ska våld och kränkningar i nära relationer uppmärksammas.',
    ),
    boardGoal(6, 'Samverkan internt och externt för att i ett tidigt skede samordna insatser utifrån en helhetssyn.'),
    boardGoal(7, 'Personalens trivsel ska vara hög. Resultaten av den psykosociala arbetsmiljöenkäten ska förbättras.'),
    boardGoal(8, 'Sjukfrånvaron ska minska.'),
    operationalGoal(1, 'Andelen högskoleutbildad personal ska öka i förskolan.'),
    operationalGoal(2, 'Alla barn i förskolan ska uppleva lustfyllt lärande och uppleva att de har inflytande i sin utbildning'),
    operationalGoal(3, 'Utbildningen ska utgå från en helhetssyn på barn och barnens behov, där omsorg, utveckling och lärande bildar en helhet'),
    operationalGoal(4, 'Plats i förskolan ska erbjudas inom 4 månader och andelen inskrivna barn ska öka'),
    ...focusAreas.map((area, i) => focusGoal(i + 1, area)),
  ],
  indicators: [],
  activities: focusAreas.flatMap((area, i) => focusActivities(i + 1, area)),
};
