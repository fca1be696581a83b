/**
 * Verksamhetsplan 2021, Mälarhöjden/Västertorps förskolor (Hägersten-Älvsjö stadsdelsförvaltning).
 * Copied from the source document: text as printed (spelling, typos and quotes kept); lines split
 * only by page breaks are joined. The förvaltning-owned spine (KF goals, nämndmål, their indicators
 * and activities) lives in forvaltning.ts; this slice holds what the unit owns: the unit, its plan,
 * its free-text sections and its enhetsmål (the unit adds no indicators or activities of its own).
 */
import type { Goal, PlanSection } from '@vp/shared';
import { demoGroupIds } from './groups';
import type { DemoData } from './types';

const forvaltningId = 'hagersten-alvsjo';
const unitId = 'malarhojden-vastertorps-forskolor';
const year = 2021;

/** Paragraphs of a free text, separated by a blank line. */
function paras(...paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}

function section(order: number, key: string, title: string, text: string): PlanSection {
  return { id: `mv-sec-${key}`, forvaltningId, unitId, year, parentId: null, order, key, title, text };
}

type UnitGoalText = Pick<Goal, 'title' | 'expectedResults' | 'workingMethods' | 'resources' | 'followUp' | 'development'>;

/**
 * Enhetsmål n, printed under the nämndmål parentId (a spine id from forvaltning.ts). Each nämndmål
 * carries at most one of this unit's goals, so order (among goals under the same parent) is 0.
 */
function unitGoal(n: number, parentId: string, g: UnitGoalText): Goal {
  return {
    id: `mv-em-${n}`,
    forvaltningId,
    unitId,
    year,
    parentId,
    order: 0,
    level: 'unitGoal',
    number: null,
    description: '',
    ...g,
  };
}

export const malarhojdenVastertorpData: DemoData = {
  forvaltningar: [],
  units: [
    {
      id: unitId,
      forvaltningId,
      name: 'Mälarhöjden/Västertorps förskolor',
      description:
        'Enheten består av sju förskolor. Förskolorna Hattis, Kroppås, Regnbågen och Toppen som ligger i Mälarhöjden och Snöbollen, Störtloppet och Vasan som ligger i Västertorp bildar tillsammans enheten MälarhöjdenVästertorps förskolor.',
      preschools: [
        { name: 'Hattis', note: 'Mälarhöjden' },
        { name: 'Kroppås', note: 'Mälarhöjden' },
        { name: 'Regnbågen', note: 'Mälarhöjden' },
        { name: 'Toppen', note: 'Mälarhöjden' },
        { name: 'Snöbollen', note: 'Västertorp' },
        { name: 'Störtloppet', note: 'Västertorp' },
        { name: 'Vasan', note: 'Västertorp' },
      ],
      children: 511,
      departments: 31,
      staff: 115,
      groupId: demoGroupIds.malarhojdenVastertorp,
    },
  ],
  plans: [
    {
      id: 'mv-2021',
      forvaltningId,
      unitId,
      year,
      title: 'Verksamhetsplan 2021',
      author: 'Jeanette Smedjer',
    },
  ],
  sections: [
    section(0, 'inledning', 'Inledning', paras(
      'Alla kommunala förskolor i den nya stadsdelen Hägersten-Älvsjö har en gemensam riktning med likvärdighet och hög kvalitet som mål. Sedan 1 juli 2020 utgör våra förskolor den största kommunala förskoleavdelningen i Stockholms stad. Vårt övergripande och gemensamma kvalitets- och utvecklingsarbete under 2021 kommer i hög grad att präglas av att skapa en gemensam plattform att utgå ifrån i den nya stadsdelen. Även den pågående pandemin har påverkat våra verksamheter under en stor del av 2020 och påverkar hur vi planerar för våra gemensamma utvecklingsarbeten under 2021.',
      'Vi ska fortsätta de utvecklingsarbeten vi påbörjat under andra halvåret 2020. Vi ska stanna kvar i våra kompetensutvecklingsinsatser för att skapa sammanhang och fördjupa våra kunskaper. Vi ska fortsätta arbetet med att skapa gemensamma strukturer för kvalitet och utveckling och vi ska revidera och utforma gemensamma riktlinjer och ställningstaganden för våra förskolor.',
      'Förskolans medarbetare ska genom denna inriktning få arbetsro och möjlighet att fortsätta utveckla undervisningen tillsammans med kollegorna på den egna förskolan.',
    )),
    section(1, 'verksamhetside-och-vardegrund', 'Verksamhetsidé och värdegrund', paras(
      'Med **barnen i fokus** erbjuder vi en pedagogisk verksamhet där ”omsorg, utveckling och lärande bildar en helhet”. Tillsammans med **medvetna pedagoger** vill vi att barnens dagar ska vara en positiv, rolig och lärorik upplevelse, där varje barn ska känna sig sedd och uppskattad!',
      'Utifrån barnens egna förutsättningar och behov ger vi dem utmaningar som stimulerar lusten till lärande. Vi har en **helhetssyn** som utgår från att utbildningens innehåll och utformandet av miljön präglas av barnens intressen och delaktighet.',
      'Ett ömsesidigt **samarbete** och respekt mellan vårdnadshavare och pedagoger är en förutsättning för att barnet skall utvecklas på ett positivt och stimulerande sätt.',
    )),
    section(2, 'verksamhetsbeskrivning', 'Verksamhetsbeskrivning', paras(
      'Enheten består av sju förskolor. Förskolorna Hattis, Kroppås, Regnbågen och Toppen som ligger i Mälarhöjden och Snöbollen, Störtloppet och Vasan som ligger i Västertorp bildar tillsammans enheten MälarhöjdenVästertorps förskolor.',
      'I enheten finns just nu 511 barn fördelade på 31 avdelningar. Förskolorna är olika stora, allt från tre till åtta avdelningar. Tillsammans arbetar det 115 medarbetare i enheten med olika uppdrag. Vi har 31 förskollärare, 75 barnskötare, 3 lokalvårdare och 6 kockar/ekonomibiträden. Ledningen består av en rektor 100%, 2 biträdande rektorer 100% och en administratör på 75%.',
    )),
    section(3, 'kvalitets-och-utvecklingsarbete', 'Kvalitets- och utvecklingsarbete', paras(
      'Vi fortsätter att utveckla en gemensam plattform för det systematiska kvalitetsarbetet. Där kommer skolplattformens verktyg för planering och bedömning, PoBen, att vara central. Vi strävar emot att underlagen för det systematiska kvalitetsarbetet ska bli tydliga och likvärdiga för alla medarbetare och förskolor i enheten. Utifrån verksamhetsplanen 2021 kommer respektive arbetslag att formulera en undervisningsplan. Fokus kommer även i år kommer att vara språk.',
      'Vi kommer under våren 2021 fortsätta att utveckla arbetet med lärloggar i skolplattformen.',
      'I enheten kommer alla förskolor att arbeta med OneNote som ett gemensamt verktyg. Syftet med det gemensamma verktyget är att effektivisera kommunikationsvägarna samt att alla kan vara delaktiga för att skapa en likvärdighet.',
      'Vi arbetar för att integrera digitala verktyg i våra undervisningsmiljöer. Under 2021 kommer vi att dela med oss av arbetssätt hur vi på olika sätt kan använda våra digitala verktyg men även hur vi kan arbeta analogt.',
      'Vi har tydliggjort det pedagogiska året så att planering och uppföljning blir tydligare.',
      'Under vårterminen kommer vi att starta upp för barnskötare och förskollärare. Vi kommer att utgå från boken "Interkulturellt arbete i förskolan : med läroplanen som grund" skriven av Jonas Stier och Bim Riddersporre.',
      'Vi kommer under våren att ha en workshop på APT kring hur vi formulerar och använder en handlingsplan för barn i behov av särskilt stöd.',
      'Under 2021 kommer vi att införa möjligheten att boka prioriteringsmöten med någon ur ledningen. Ett prioriteringsmöte kan handla om att pedagoger och arbetslag kan få stöd i att prioritera och strukturera sin verksamhet och arbetsuppgifter.',
      'Enhetens arbetsmiljögrupp kommer att ha digitala möten var tredje vecka för att stämma av arbetsmiljön och andra enhetsövergripande frågor.',
    )),
    section(4, 'kompetensutveckling', 'Kompetensutveckling', paras(
      'Enhetsgemensam kompetensutveckling:',
      'Under våren kommer vi att ha en workshop kring hur man skriver och formulerar en handlingsplan för barn i behov av särskilt stöd.',
      'Under den pedagogiska timmen på APT under våren kommer vi att arbeta med Barnkonventionen genom UNICEFS material för förskola och kombinera det med lågaffektiv bemötande.',
      'Planerad kompetensutveckling utifrån behov:',
      '- Utbildning till förskollärare (erfarenhetsbaserad)\n- Barnkonventionen\n- Lågaffektivt bemötande\n- Ökad kompetens för kockarna i ekologisk och hållbar matlagning.',
      'Verksamhetsplanen ska bearbetas på respektive förskolas planeringsdag under vecka 6 och 7 2021. Medarbetarna har varit delaktiga i verksamhetsplanens framtagande genom utvärdering av verksamhetsplanen för 2020.',
    )),
    section(5, 'redovisning-av-ekonomi', 'Redovisning av ekonomi', ''),
    section(6, 'resursanvandning', 'Resursanvändning', ''),
    section(7, 'budget-2021', 'Budget 2021', ''),
    section(8, 'ovrigt', 'Övrigt', ''),
  ],
  goals: [
    unitGoal(1, 'nm-1.3-1', {
      title: 'Gruppen är en tillgång där varje barn har sin självklara plats, ges utrymme och blir lyssnad på.',
      expectedResults: [
        'Barn som har lika möjlighet att utvecklas utifrån ett normkritiskt perspektiv.',
        'Barn som samarbetar, samspelar och respekterar varandra.',
        'Barn som har ett språk för att kunna nyttja sin rätt att uttrycka sig och ha inflytande i sin vardag.',
      ],
      workingMethods: paras(
        'Under 2021 kommer vi att kartlägga verksamheten ur ett normkritiskt perspektiv.',
        'Pedagogerna skall bemöta varje barn för den person den är och bekräfta samt uppmärksamma barnet, inte prestation eller utseende. Här måste även pedagogerna vara förebilder gentemot varandra.',
        'Pedagogerna ska använda sitt språk för att utmana barnen och sig själva normkreativt.',
        'För att nå våra förväntade resultat för likabehandling och jämställdhet så måste pedagogerna ha ett gott förhållningssätt där olikheter ses som en tillgång. Pedagogerna kartlägger och undersöker verksamheten för att upptäcka risker. Barnintervjuer kring barns trygghet och frågor kring likabehandling gör i mars och oktober. Alla pedagoger arbetar efter ”Plan med aktiva åtgärder mot diskriminering och kränkande behandling”',
        'Barnen har erfarenheter från olika länder, olika familjekonstellationer och skilda erfarenheter som vi behöver bekräfta. Under vårterminen kommer förskollärarna att delta i ett nätverk kring språkdomäner. Under augusti ska språkdomänerna användas i samband med nyinskolningar och vid behov.',
        'Barnkonventionens intentioner i undervisningen ska hållas levande genom regelbundna reflekterande samtal, både tillsammans med barnen och kollegor. Under januari kommer pedagogerna att få välja tre artiklar som respektive förskola ska arbeta särskilt vidare med.',
        'Vi utformar utbildningen och miljön så att barnen får möjlighet till olika former av kommunikation och samarbete. Pedagogerna ska föregå med gott exempel genom att tillföra barnen ett nyanserat språk för att ge barnen goda möjligheter att kommunicera i olika sammanhang.',
        'Barn får det språk vi använder.',
        'För att barnen skall få sina behov och intressen tillgodosedda krävs det att pedagogerna är närvarande. Att vara en god förebild som pedagog med en hög medvetenhet är en förutsättning.',
      ),
      resources: [],
      followUp: [
        'Verksamhetsplanens åtaganden följs upp vid varje reflektionstillfälle samt WKI och utvecklingsdagar.',
        'Diskutera i arbetslaget: Vad är en närvarande pedagog?',
      ],
      development: '',
    }),
    unitGoal(2, 'nm-1.3-2', {
      title: 'Varje barn i Mälardalen/Västertorps förskolor möts av undervisningsmiljöer där organisation/struktur, material och pedagogernas förhållningssätt återspeglar läroplanens intentioner.',
      expectedResults: [
        'Barnen ska få tillgång till språkutvecklande pedagogiska miljöer som inspirerar, utmanar och uppmuntrar till lek, kommunikation, matematik, naturvetenskap och rörelse.',
        'Barnen ska ges möjligheter att utveckla sin identitet, uttrycka sig, kommunicera och reflektera genom olika språk, verbala och konstnärliga.',
        'Barnen ska ges möjlighet att utveckla kunskaper som kan bidra till hållbar utveckling.',
      ],
      workingMethods: paras(
        'Pedagogerna inventerar och utvecklar lärandemiljön utefter barngruppens behov och intressen samt att barnen ska få utmanas språkligt. Den pedagogiska miljön ska vara tydlig och ha fokus på att språket ska utvecklas och ordförrådet vidgas.',
        'Barn ska få möjlighet att kunna bli på många olika sätt i verksamheten. Genom att skapa en lärandemiljö där det är lätt att mötas i mindre grupper, så får barnen tillfälle att kommunicera och föra dialoger. Här har pedagogen en viktig roll genom att vara nära och vägledande.',
        'För att öka barnens ordförråd sätter pedagogerna upp ord, begrepp och synonymer i sin lärandemiljö.',
        'Högläsningen ska vara planerad och strukturerad och barnen ska få tillgång till läsning digitalt såväl som böcker.',
        'De digitala verktygen ska vara ett komplement till de övriga verktygen samt att de ger möjligheter att skapa en föränderlig undervisningsmiljö.',
        'Pedagogerna ska presentera och introducera undervisningsmiljön och ha ett medvetet förhållningssätt och finnas med i leken och aktiviteterna.',
        'Barnen ska få möjlighet att utveckla sitt språk genom olika estetiska uttrycksformer som lek, bild och form, teater och drama, rytmik, dans och rörelse, sång och musik samt berättande.',
        'Rörelsestrategin ska förankras i enheten inför höstterminen 2021.',
      ),
      resources: [],
      followUp: [
        'Verksamhetsplanens åtaganden följs upp vid varje reflektionstillfälle samt WKI och utvecklingsdagar.',
      ],
      development: '',
    }),
    unitGoal(3, 'nm-2.5-1', {
      title: 'Enhetens medarbetare arbetar aktivt för att göra miljövänliga val i verksamheten',
      expectedResults: [
        'Barnen ska ges möjlighet att utveckla kunskaper som kan bidra till hållbar utveckling.',
        'Alla ska vara delaktiga i att minska matsvinnet på förskolan.',
      ],
      workingMethods: 'Alla pedagoger i enheten ska genomgått webbutbildningen kemikaliesmart förskola. Barnen ska vara delaktiga gällande källsortering, sopsortering samt minska matsvinnet. Arbetslaget tar gemensamt fram begrepp kring hållbar utveckling som ska användas i undervisningen för att öka förståelsen och vidga ordförrådet hos barngruppen.',
      resources: [],
      followUp: [
        'Verksamhetsplanens åtaganden följs upp vid varje reflektionstillfälle samt WKI och utvecklingsdagar.',
      ],
      development: '',
    }),
    unitGoal(4, 'nm-3.2-1', {
      title: 'Enhetens förskolor präglas av en kultur med fokus på uppdraget och kompetens vilket skapar engagemang, arbetsglädje och en god arbetsmiljö.',
      expectedResults: [
        'Enheten ska ha god systematik i arbetsmiljöarbetet.',
        'Nya medarbetare får en god introduktion och en bra start.',
      ],
      workingMethods: paras(
        'Nyanställda och vikarier ska få en bra introduktion på våra förskolor',
        'Nyexaminerade förskollärare erbjuds en mentor under sitt första år.',
        'Arbetsmiljögruppen för enheten har avstämningsmöten var tredje vecka.',
        'Varje förskola har arbetsmiljöträffar ca 4 tillfällen per termin.',
        'Handlingsplan tas fram och arbetas med inom ramen för arbetet med "förbättrad arbetsmiljö för barnskötare och förskollärare i Stockholms stad".',
        'Alla medarbetare är delaktiga i att arbeta med handlingsplanen "förbättrad arbetsmiljö för barnskötare och förskollärare i Mälarhöjdens förskolor"',
      ),
      resources: [],
      followUp: [
        'APT, arbetsmiljögruppen, medarbetarenkäten, arbetsmiljöronnd samt medarbetarsamtal.',
      ],
      development: '',
    }),
    unitGoal(5, 'nm-3.2-2', {
      title: 'Enhetens verksamhet har en långsiktigt hållbar ekonomi',
      expectedResults: [
        'En budget i balans',
      ],
      workingMethods: 'Tydliga rutiner för intag av vikarier. Informera medarbetarna om de ekonomiska förutsättningar som finns i enheten.',
      resources: [],
      followUp: [
        'Uppföljning en gång i månaden med controller, avdelningschef och rektor.',
      ],
      development: '',
    }),
  ],
  indicators: [],
  activities: [],
};
