/**
 * The förvaltning-owned spine of Verksamhetsplan 2021 in Hägersten-Älvsjö stadsdelsförvaltning:
 * KF:s inriktningsmål, KF:s mål för verksamhetsområdet, nämndmål, and the indicators and
 * förvaltning activities printed under them. Every node has unitId null: it is owned by the
 * förvaltning and inherited read-only by every unit (the unit slices hang their enhetsmål under
 * the nämndmål ids here).
 *
 * Copied from "Verksamhetsplan 2021, Hägerstensåsens förskolor" (text extracted from PDF): PDF line
 * wraps joined, spelling, typos, quotes and punctuation kept as printed. Target columns: the KF-level
 * indicators carry their value in the "KF:s årsmål" column (the Mälarhöjden/Västertorp plan, whose
 * table columns survived extraction, shows the same rows with Årsmål empty); the nämndmål indicators
 * carry theirs in "Årsmål". `order` counts among siblings of the same kind under the same parent.
 */
import type { Activity, Aggregation, Goal, Indicator, Target } from '@vp/shared';
import { demoGroupIds } from './groups';
import type { DemoData } from './types';

const forvaltningId = 'hagersten-alvsjo';
const year = 2021;
const spine = { forvaltningId, unitId: null, year } as const;

/** Paragraphs of a free text, separated by a blank line. */
function paras(...paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}

type GoalHead = Pick<Goal, 'id' | 'parentId' | 'order' | 'level' | 'number' | 'title'>;
type GoalBody = Partial<Pick<Goal, 'description' | 'expectedResults'>>;

function goal(head: GoalHead, body: GoalBody = {}): Goal {
  return {
    ...spine,
    ...head,
    description: body.description ?? '',
    expectedResults: body.expectedResults ?? [],
    workingMethods: '',
    resources: [],
    followUp: [],
    development: '',
  };
}

function kf(number: string, order: number, title: string): Goal {
  return goal({ id: `kf-${number}`, parentId: null, order, level: 'councilDirection', number, title });
}

function area(number: string, order: number, title: string): Goal {
  const parent = number.split('.')[0]!;
  return goal({ id: `kf-${number}`, parentId: `kf-${parent}`, order, level: 'councilAreaGoal', number, title });
}

/** Nämndmål n (1, 2, …) under KF:s mål för verksamhetsområdet `areaNumber`. */
function committee(areaNumber: string, n: number, title: string, body: GoalBody): Goal {
  return goal({ id: `nm-${areaNumber}-${n}`, parentId: `kf-${areaNumber}`, order: n - 1, level: 'committeeGoal', number: null, title }, body);
}

const value = (v: number): Target => ({ type: 'value', value: v });
const text = (t: string): Target => ({ type: 'text', text: t });

type IndicatorBody = Pick<
  Indicator,
  'name' | 'measureUnit' | 'direction' | 'annualTarget' | 'councilTarget' | 'periodicity' | 'aggregation'
>;

/**
 * Indicator n (1, 2, …) under goal `goalId`, asked of every unit: the printed plans do not say which units
 * an indicator does not concern (not even for the feriejobb indicator).
 */
function indicator(goalId: string, n: number, body: IndicatorBody): Indicator {
  return { id: `ind-${goalId}-${n}`, ...spine, parentId: goalId, order: n - 1, ...body, applicableUnitIds: null };
}

/** Activity n (1, 2, …) under goal `goalId`; no responsible function or resources are printed. */
function activity(goalId: string, n: number, activityText: string, start: string, end: string): Activity {
  return { id: `act-${goalId}-${n}`, ...spine, parentId: goalId, order: n - 1, text: activityText, start, end, responsible: '', resources: '' };
}

// Roll-up rules (how unit values become the förvaltning value; never a mean of unit percentages).
/** Licensed-teacher share: Σ licensed FTE / Σ all FTE. */
const legitimeradeAndel: Aggregation = {
  rule: 'ratioOfSums',
  numerator: 'legitimerade förskollärare (årsarbetare)',
  denominator: 'anställda (årsarbetare)',
  factor: 100,
};
/**
 * Survey shares: Σ satisfied respondents / Σ respondents. Equal to the mean of unit shares weighted
 * by respondents, but kept as counts so the förvaltning value is exact and traceable to the units.
 */
const nojdaSvarande: Aggregation = { rule: 'ratioOfSums', numerator: 'nöjda svarande', denominator: 'svarande', factor: 100 };
/**
 * Kvalitetsindikatorn self-assessment (scale 1–4) has no counts behind it. A unit's value is its
 * departments' assessments averaged, so weighting by departments gives the förvaltning's average over
 * all assessments; a median would ignore unit size.
 */
const sjalvvardering: Aggregation = { rule: 'weightedMean', weight: 'antal avdelningar' };

const goals: Goal[] = [
  // KF:s inriktningsmål
  kf('1', 0, 'En modern storstad med möjligheter och valfrihet för alla'),
  kf('2', 1, 'En hållbart växande och dynamisk storstad med hög tillväxt'),
  kf('3', 2, 'En ekonomiskt hållbar och innovativ storstad för framtiden'),
  // KF:s mål för verksamhetsområdet
  area('1.1', 0, 'I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort'),
  area('1.3', 1, 'I Stockholm når barn sin fulla potential då Stockholms skolor och förskolor är de bästa i Sverige'),
  area('2.4', 0, 'Stockholm är en modern kultur- och evenemangsstad med en stark besöksnäring'),
  area('2.5', 1, 'Stockholm är en hållbar stad med en god livsmiljö'),
  area('3.1', 0, 'Stockholm har en budget i balans och långsiktigt hållbara finanser'),
  area('3.2', 1, 'Stockholm använder skattemedlen effektivt till största nytta för stockholmarna'),
  // Nämndmål
  committee('1.3', 1, 'Alla barn i förskolan utvecklar sin förståelse för grundläggande demokratiska värden', {
    description: paras(
      'Utbildningen ger barnen likvärdiga möjligheter att uttrycka sina tankar och åsikter för att ha inflytande över sin vardag. Barnkonventionens intentioner är tydliga i utbildningens innehåll. Alla barns olika språkliga och kommunikativa förmågor och behov tas till vara för att skapa förutsättningar för ett tillgängligt och fungerande språk för alla barn.',
      'Interkulturellt förhållningssätt präglar undervisningen samt förskollärarnas och barnskötarnas kommunikation med barn och vårdnadshavare. Förskolans medarbetare har adekvat kompetens för att utföra sitt läroplansuppdrag. Kompetensutveckling prioriteras för att ytterligare stärka medarbetarnas förutsättningar att bedriva undervisning av hög kvalitet.',
    ),
    expectedResults: [
      'Barnens intressen och behov ligger till grund för hur utbildningen utformats.',
      'Barnkonventionens intentioner är synliga i utbildningens innehåll.',
      'Alla barn möter en varierad språklig och kommunikativ miljö.',
    ],
  }),
  committee('1.3', 2, 'Alla barn i förskolan utvecklas och lär utifrån sina förmågor i lärmiljöer av hög kvalitet', {
    description: paras(
      'Alla barn erbjuds en pedagogisk, stimulerande och trygg utbildning som utgår från skollagen och läroplanens mål. Utbildningen präglas av samt stärker barnens intresse och nyfikenhet för att lära och erövra nya erfarenheter och kunskaper. Barns behov, inflytande och delaktighet är en utgångspunkt för hur utbildningen utformas. En god omsorg är en förutsättning för utveckling och lärande.',
      'Utbildningen bedrivs i likvärdiga lärmiljöer som uppmuntrar till lek och utforskande. Språk och fysisk rörelse tillsammans med hållbar utveckling är särskilt prioriterade områden. Användningen av digitala verktyg främjar undervisningen och barnens utforskande.',
      'Förskolornas systematiska kvalitetsarbete är en förutsättning för att erbjuda en likvärdig utbildning och undervisning av hög kvalitet. Förskolorna planerar, följer upp, utvärderar och analyserar verksamheten. Stadens webbaserade kvalitetsindikator för förskola är en viktig del i detta arbete. Barnens lärande och utveckling dokumenteras, följs upp och kommuniceras med vårdnadshavarna, bland annat via Skolplattformen.',
      'Förskolorna präglas av ett tydligt ledarskap, tydliga roller, ansvarsfördelning och kommunikation på alla nivåer i organisationen.',
    ),
    expectedResults: [
      'Alla barn möter likvärdiga lärmiljöer utformade utifrån intentionerna i läroplanen.',
      'Alla barn är fysiskt aktiva utifrån sina förutsättningar, i utmanande och varierande miljöer.',
      'Alla barn utmanas i sin användning av digitala verktyg i lärandet.',
    ],
  }),
  committee('2.4', 1, 'Invånarna i Hägersten-Älvsjö har tillgång till ett rikt utbud av kultur- och fritidsaktiviteter', {
    description: paras(
      'Kultur, fritidsaktiviteter och skapande integreras i verksamhetens ordinarie arbete.',
      'Förvaltningen fortsätter arbetet med att utveckla fler och bättre möjligheter till kultur- idrotts- och fritidsaktiviteter. Lösningar utformas så att även personer med funktionsnedsättning kan delta i och utöva hälsofrämjande aktiviteter.',
      'Kulturaktiviteter genomförs i nämndens verksamheter samt genom bidragsgivning till lokala föreningar.',
      'Förskolorna tilldelas en kulturpeng baserat på barnantal. Alla barn i förskolan får möta och själv prova olika former av kultur och skapande enligt stadens program, Kultur i ögonhöjd. Barnen i förskolan har under sin förskoleperiod tillgång till ett varierat utbud av böcker och besöker bibliotek. Barnen möter olika former av kultur och kulturyttringar samt skapande verksamhet som integreras i undervisningen. Förskolan ska i samarbete med kulturnämnden och stadens fria kulturaktörer verka för att fler barn kommer i kontakt med kulturverksamheter.',
      'Fritidsgårdar och öppna mötesplatser erbjuder besökarna ett brett utbud av kulturaktiviteter som riktar sig och är tillgängliga för alla.',
      'Stadsdelsnämnden utreder möjligheten att använda delar av det före detta förvaltningskontoret i Älvsjö till en mötesplats för både ungdomar och äldre, med möteslokaler för studieförbund och föreningar.',
      'Boende på förvaltningens grupp- och servicebostäder får stöd i att ha en rik fritid och att kunna delta i hälsofrämjande aktiviteter utifrån sina intressen.',
      'Äldreomsorgen arrangerar en kulturmånad med olika program och aktiviteter.',
    ),
    expectedResults: [
      'Kultur, fritidsaktiviteter och skapande integreras i verksamhetens ordinarie arbete.',
      'Föreningar har möjlighet att söka bidrag för lokal verksamhet.',
      'Barn på förskola får möta och själva prova olika former av kultur och skapande.',
    ],
  }),
  committee('2.5', 1, 'Hägersten-Älvsjö stadsdelsnämnd är en fossilfri organisation år 2030', {
    description: paras(
      'Stadsdelsnämnden utgår från klimathandlingsplan 2020-2023 samt miljöprogrammet 2020-2023 i sitt miljö- och klimatarbete. Stadsdelsnämndens lokala miljö- och klimathandlingsplan (MKHP) har nu tagits fram och kommer börja följas under 2021. Stadsdelsnämnden tar med sin MKHP ett krafttag vad gäller miljöfrågorna. Fokusområdena kommer från stadens miljöprogram. Många av miljöfrågorna är sådant som stadsdelsnämnden har arbetat med tidigare - att verksamheterna ska arbeta aktivt med att sortera matavfall, minska användningen av plast, förebygga att avfall uppstår, minska energiförbrukningen och göra klimatsmarta tjänsteresor etc. Dock så innebär stadsdelsnämndens MKHP en konkretisering av hur verksamheterna ska arbeta för att uppnå målet att vara fossilfria år 2030.',
      'Vidare arbetar förvaltningen med att kartlägga och granska hur verksamheterna kan minska sin klimatpåverkan. Detta sker främst genom investeringar eller genom beteendeförändring. Klimatinvesteringsmedel kommer att sökas vid behov, först ska en inventering göras under året för att undersöka vilka verksamheter som fortfarande inte har fått LED-belysning och/eller energisnåla vitvaror. Underlaget från inventeringen kommer att ligga till grund för klimatinvesteringar senare i år och eventuellt även för 2022. Vid upphandling av nästa parkentreprenad ska tydliga miljökrav ställas för att minska förvaltningens indirekta klimatpåverkan. Parkentreprenaden använder många tunga fordon och arbetsmaskiner och är därför en stor indirekt utsläppskälla för stadsdelsnämnden. Idén är att ställa krav på elektrifiering och biodrivmedel.',
      'Verksamheter som serverar mat ska genom ökad medvetenhet och kunskap minska livsmedels negativa klimatpåverkan. Genom verktyget Hantera Livs och regelbunden uppföljning ska förvaltningen få ner sina utsläpp från livsmedel med 25 procent till 2023. Livsmedelsinköp är en av förvaltningens största källor till växthusgaser, 2019 innebar förvaltningens livsmedelsinköp utsläpp av ca 1500 ton CO2e (koldioxidekvivalenter).',
    ),
    expectedResults: [
      'Stadsdelsnämnden har implementerat den lokala miljö- och klimathandlingsplanen som konkretiserar miljöprogrammets mål.',
      'I den ingår bland annat att stadsdelsnämnden ska minska användningen av plast i verksamheterna.',
      'Matavfall har återvunnits i hög grad där det är möjligt och samtliga verksamheter som regelbundet serverar måltider har alla matåtervinningsmöjligheter.',
      'Avfall som uppstår tas om hand på ett resurseffektivt sätt enligt avfallshierarkin.',
      'Den relativa energiförbrukningen i förvaltningen har minskat.',
      'Utsläpp från förvaltningens verksamheter, både direkta och indirekta, har minskat.',
      'Nämnden ska arbeta mot att vara en fossilfri organisation år 2030.',
    ],
  }),
  committee('3.1', 1, 'Stadsdelsnämnden bedriver verksamheterna inom givna ekonomiska ramar', {
    description: paras(
      'Verksamheterna ska bedrivas inom beslutad budget. Styrning och uppföljning ska vara tydlig. En tydlig ekonomistyrning och säkerhet i prognoser är en förutsättning för att skapa och behålla stabilitet i verksamheten. Enheterna följer regelbundet upp ekonomin genom kontakter mellan enhetschef, avdelningschef och controller inför månads- och tertialrapporter.',
      'Avdelningen för social omsorg fortsätter arbetet med ekonomi i fokus med särskild tyngdpunkt på långsiktiga anpassningar utifrån ekonomiska förutsättningar. En utökad samverkan internt och externt är nödvändig i det fortsatta arbetet. De myndighetsutövande enheterna inom individ- och familjeomsorgen arbetar utifrån översyn av placeringskostnader med alternativa men fullgoda lösningar samtidigt som den egna öppenvården utvecklas för att möta och följa våra invånares behov. Förändringar i organisation och bemanning kan bli nödvändiga. Utifrån ett minskat antal brukare/deltagare och förändrade behov hos målgruppen pågår i vissa utförarverksamheter samlokalisering samt utveckling av verksamhetens utformning och innehåll. Organisation och bemanning ses över och anpassningar genomförs för att uppnå en långsiktigt hållbar ekonomi där verksamheterna kan bedrivas inom given budgetram.',
    ),
    expectedResults: [
      'Verksamheterna bedrivs på ett kostnadseffektivt sätt.',
    ],
  }),
  committee('3.2', 1, 'Stadsdelsnämnden är en attraktiv arbetsgivare med god arbetsmiljö', {
    description: 'Förvaltningen kommer utifrån arbetsgivarperspektivet ha fokus inom tre områden; arbetsmiljö, kompetensförsörjning samt chefsuppdrag och ledarskap. I den relativt nya förvaltningen är det viktigt att fortsätta skapa en gemensam grund och stärka cheferna i de kunskaper och processer som säkerställer ett gemensamt förhållningssätt i arbetsgivarfrågor och på så sätt stärka arbetsgivarvarumärket både internt och externt.',
    expectedResults: [
      'Förvaltningen har en god systematik inom arbetsmiljöarbetet.',
      'Nya medarbetare och chefer får en god introduktion i uppdraget',
      'Planering av kompetensförsörjning sker utifrån verksamhetens uppdrag och mål.',
    ],
  }),
  committee('3.2', 2, 'Stadsdelsnämndens verksamheter arbetar kostnadseffektivt med fokus på resultat för invånarna', {
    description: 'En tydlig ekonomistyrning ska leda till att tilldelade resurser används effektivt med fokus på kärnverksamheterna Stadsdelsnämnden ska verka för att energiförbrukningen inom nämndens verksamheter minskar. Samutnyttjande av lokaler ska eftersträvas och lokalanvändandet ska kartläggas. Verksamheterna har ett gott stöd från stödverksamheterna.',
    expectedResults: [
      'Stadsdelsnämndens verksamheter använder skattemedlen effektivt till största nytta för stockholmarna.',
      'Stadsdelsnämnden har tillgång till lokaler som motsvarar det faktiska behovet och energiförbrukningen i dessa minskar.',
      'Nämndens lokaler är tillgängliga och välplanerade.',
    ],
  }),
  committee('3.2', 3, 'Stadsdelsnämndens verksamheter är innovativa och tillvaratar digitaliseringens möjligheter', {
    description: paras(
      'Nämndens arbete med att utveckla arbetet med innovation och digitalisering kommer att intensifieras. Bland annat kommer en innovationsansvarig att utses för att driva frågorna. Stödet till verksamheterna i innovation och digitalisering ska öka och innovationer och idéer kring digitalisering ska uppmuntras.',
      'Stadsdelsnämnden ska bidra till att utveckla stadens arbete med att utveckla säkerhetsskydd och informationssäkerhet. Nämnden har en utsedd informationssäkerhetssamordnare och ett lokalt dataskyddsombud. Medarbetarna på förvaltningen ska ha kunskap om informationssäkerhet och vad det innebär för deras verksamhet. Stadsdelsnämnden behöver öka andelen medarbetare som tar del av stadens digitala utbildningar inom informationssäkerhetsskydd och dataskydd under 2021.',
      'Avdelningen för förskola',
      'Implementeringen av den lokala digitaliseringsstrategin och införandet av skolplattformen fortsätter under 2021. Satsningar på digitala verktyg både för barn och pedagoger fortsätter parallellt med kompetensutveckling. Förskoleavdelningen har formulerat ett antal pedagogiska ställningstaganden kopplat till digitaliseringen som ska utgöra stöd för undervisningen samt förtydliga förskolans digitaliseringsuppdrag, både för medarbetare och för vårdnadshavare.',
      'Avdelningen för social omsorg',
      'Avdelningen uppmärksammar och möjliggör ett modigt ledarskap och engagerade medarbetare som bidrar till fortsatt innovation och utvecklingsarbete. Arbetet med att socialtjänsten ska bli mer effektiv och utveckla användandet av digitalisering och e-tjänster fortsätter. Den digitala utvecklingen fortgår även internt med fortsatta digitala möten och användandet av olika verktyg för att öka interaktionen vid dessa. Verksamheterna följer och bidrar till stadens arbete med moderniseringen av sociala system.  Förberedelser inför införandet av Esset fortgår inom alla berörda verksamheter och under 2021 kommer verksamheter på området barn och unga gå över till Esset som socialt system.',
      'Flera utförarverksamheter kommer gå över till det nya digitala systemet Medvind för schemaplanering, bemanning och tidsregistrering. En kartläggning av den digitala kunskapen kommer göras inom grupp- och servicebostäderna samt bland deltagare inom de socialpsykiatriska verksamheterna för att stärka den digitala delaktigheten. Avdelningen ska utöver det utveckla och stärka arbetet med digitalisering för deltagare i dagliga verksamheter och personer med daglig assistans med syftet att öka graden av delaktighet och motverka isolering i pandemins spår.',
      'Avdelningen för äldreomsorg',
      'Utvecklingen inom äldreomsorgen med digitaliseringslösningar för ökad trygghet, integritet och självständighet kan också innebära att resurserna kan användas på ett effektivera sätt och riktas till äldre med störst behov.',
    ),
    expectedResults: [
      'Innovationer och digitala arbetssätt leder till effektivitet och ökad kvalitet i verksamheterna.',
      'Verksamheterna är innovativa och använder digitala lösningar och annan välfärdsteknik.',
      'Verksamheterna har hög kvalitet och det finns en jämlik tillgång till gott stöd och service.',
      'Andelen medarbetare som tagit del av stadens digitala utbildningar inom informationssäkerhetsskydd och dataskydd har ökat.',
    ],
  }),
];

const indicators: Indicator[] = [
  // 1.1
  indicator('kf-1.1', 1, {
    name: 'Antal tillhandahållna platser för feriejobb',
    measureUnit: 'antal',
    direction: 'higherIsBetter',
    annualTarget: null,
    councilTarget: text('Tas fram av nämnd'),
    periodicity: 'tertial',
    aggregation: { rule: 'sum' },
  }),
  // 1.3
  indicator('kf-1.3', 1, {
    name: 'Andel legitimerade förskollärare av totalt antal anställda (årsarbetare)',
    measureUnit: '%',
    direction: 'higherIsBetter',
    annualTarget: null,
    councilTarget: value(33),
    periodicity: 'tertial',
    aggregation: legitimeradeAndel,
  }),
  indicator('kf-1.3', 2, {
    name: 'Andel nöjda föräldrar till barn i förskolan',
    measureUnit: '%',
    direction: 'higherIsBetter',
    annualTarget: null,
    councilTarget: value(88),
    periodicity: 'year',
    aggregation: nojdaSvarande,
  }),
  indicator('kf-1.3', 3, {
    name: 'Antal barn per grupp',
    measureUnit: 'barn/grupp',
    direction: 'lowerIsBetter',
    annualTarget: null,
    councilTarget: value(16),
    periodicity: 'tertial',
    aggregation: { rule: 'ratioOfSums', numerator: 'barn', denominator: 'grupper', factor: 1 },
  }),
  indicator('kf-1.3', 4, {
    name: 'Antal förskolebarn per anställd (årsarbetare)',
    measureUnit: 'barn/årsarbetare',
    direction: 'lowerIsBetter',
    annualTarget: null,
    councilTarget: value(4.9),
    periodicity: 'tertial',
    aggregation: { rule: 'ratioOfSums', numerator: 'förskolebarn', denominator: 'anställda (årsarbetare)', factor: 1 },
  }),
  indicator('kf-1.3', 5, {
    name: 'Kvalitetsindikatorn - Självvärdering utifrån läroplansuppdraget',
    measureUnit: 'skala 1–4',
    direction: 'higherIsBetter',
    annualTarget: null,
    councilTarget: value(3.6),
    periodicity: 'year',
    aggregation: sjalvvardering,
  }),
  // Nämndmål "Alla barn i förskolan utvecklas och lär …": targets printed in the Årsmål column.
  indicator('nm-1.3-2', 1, {
    name: 'Självvärdering utifrån läroplansuppdraget avseende undervisningsmiljöer',
    measureUnit: 'skala 1–4',
    direction: 'higherIsBetter',
    annualTarget: value(3.6),
    councilTarget: null,
    periodicity: 'year',
    aggregation: sjalvvardering,
  }),
  indicator('nm-1.3-2', 2, {
    name: 'Vårdnadshavares sammanfattande omdöme om förskolans arbete med normer och värden',
    measureUnit: '%',
    direction: 'higherIsBetter',
    annualTarget: value(90),
    councilTarget: null,
    periodicity: 'year',
    aggregation: nojdaSvarande,
  }),
  // 2.5 (printed unit: "kg CO2 per kg livsmedel")
  indicator('kf-2.5', 1, {
    name: 'Klimatpåverkan från upphandlade livsmedel och måltider',
    measureUnit: 'kg CO2e/kg',
    direction: 'lowerIsBetter',
    annualTarget: null,
    councilTarget: value(1.8),
    periodicity: 'year',
    aggregation: { rule: 'ratioOfSums', numerator: 'kg CO2e', denominator: 'kg livsmedel', factor: 1 },
  }),
  indicator('kf-2.5', 2, {
    name: 'Totalt köpt energi i stadens verksamheter',
    measureUnit: 'GWh',
    direction: 'lowerIsBetter',
    annualTarget: null,
    councilTarget: value(1945),
    periodicity: 'year',
    aggregation: { rule: 'sum' },
  }),
];

const activities: Activity[] = [
  activity('nm-1.3-1', 1, 'Förvaltningen ska i samarbete med förskoleenheterna revidera underlagen för stadens språkprogram', '2021-01-01', '2021-12-31'),
  activity('nm-1.3-1', 2, 'Förvaltningens förskoleavdelning ska utveckla arbetet med minoritetsspråk', '2021-01-01', '2021-12-31'),
  activity('nm-1.3-1', 3, 'Förvaltningens förskoleenheter ska fortsätta utveckla sina arbetssätt med barnkonventionen', '2021-01-01', '2021-12-31'),
  activity('nm-1.3-2', 1, 'Förvaltningen ska fortsätta att utveckla gemensamma strukturer för det systematiska kvalitetsarbetet.', '2020-01-01', '2021-12-31'),
  activity('nm-1.3-2', 2, 'Förvaltningen ska stärka rektorer i deras kommunikation med vårdnadshavare och medarbetare', '2021-01-01', '2021-12-31'),
  activity('nm-1.3-2', 3, 'Förvaltningen ska tillsammans med förskoleenheterna implementera ställningstaganden för digitala verktyg i sina verksamheter', '2021-01-01', '2021-12-31'),
  activity('nm-1.3-2', 4, 'Förvaltningen ska tillsammans med förskoleenheterna utforma och implementera ställningstaganden som ska ligga till grund för en likvärdig och tillgänglig lärmiljö.', '2020-01-01', '2021-12-31'),
  activity('nm-1.3-2', 5, 'Förvaltningens förskoleenheter ska utveckla sina arbetssätt med kvalitetsindikatorn i syfte att höja lärmiljöernas kvalitet.', '2020-01-01', '2021-12-31'),
  activity('nm-2.4-1', 1, 'Förvaltningen ska verka för att enheterna nyttjar de erbjudanden som ges via kulanpremien i syfte att fler barn ska ta del av kultur.', '2021-01-01', '2021-12-31'),
  activity('nm-2.5-1', 1, 'Förvaltningen ska genom regelbunden uppföljning och kunskapsspridning få ner klimatpåverkan från livsmedelsinköp.', '2021-01-01', '2021-12-31'),
  activity('nm-2.5-1', 2, 'Förvaltningens förskoleavdelning ska erbjuda förskolornas kockar kompetensutveckling för att höja kunskaperna om ekologisk matlagning och kopplingen till klimatpåverkan, biologisk mångfald', '2020-01-01', '2021-12-31'),
  activity('nm-2.5-1', 3, 'Förvaltningens förskoleenheter ska genomföra åtgärder för att bibehålla nivå 2 samt tillsammans med förskoleavdelningen arbeta för att uppfylla kraven i nivå 3 enligt kemikaliecentrums vägledning för kemikaliesmart förskola.', '2020-01-01', '2021-12-31'),
  activity('nm-2.5-1', 4, 'Förvaltnningens verksamheter ska ska arbeta aktivt för att minska användningen av plast.', '2021-01-01', '2021-12-31'),
  activity('nm-3.2-1', 1, 'Förvaltningens förskoleenheter ska implementera arbetet med förbättrad arbetssituation för förskollärare och barnskötare i det ordinarie arbetsmiljöarbetet.', '2020-01-01', '2021-12-31'),
];

export const forvaltningData: DemoData = {
  forvaltningar: [
    {
      id: forvaltningId,
      name: 'Hägersten-Älvsjö stadsdelsförvaltning',
      municipality: 'Stockholms stad',
      committee: 'Hägersten-Älvsjö stadsdelsnämnd',
      groupId: demoGroupIds.forvaltning,
    },
  ],
  units: [],
  plans: [],
  sections: [],
  goals,
  indicators,
  activities,
};
