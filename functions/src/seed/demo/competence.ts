/**
 * Kompetensförsörjningsplan 2023, Hägersten-Älvsjö stadsdelsförvaltning (seed 002): one row per
 * activity, per avdelning in the order the plan prints them. Copied from the PDF-extracted text: words
 * broken over lines joined, spelling and typos kept as printed ("Medaborgarservice",
 * "Samhällsplanereing"). The category markers written after an activity ("(Utveckla/behålla)") are
 * its categories, not part of its text. Måldatum 2023 throughout: the plan is for 2023.
 */
import { competenceDue, type CompetenceCategory, type CompetenceRow } from '@vp/shared';
import type { DemoData } from './types';

const forvaltningId = 'hagersten-alvsjo';
const year = 2023;

interface RowText {
  categories: CompetenceCategory[];
  goal?: string;
  activity: string;
  date: string;
  responsible: string[];
  resources?: string[];
  followUp?: string;
  vpGoal?: string;
}

/** The avdelningar as the plan names them, in its order; the last table has no heading (see the report). */
const avdelningar = [
  ['forskola', 'Avdelning förskola'],
  ['aldre', 'Äldreomsorgen'],
  ['social', 'Social omsorg'],
  ['samhall', 'Samhällsplanering och intern service'],
] as const;

function rows(index: number, texts: RowText[]): CompetenceRow[] {
  const [key, avdelning] = avdelningar[index]!;
  return texts.map((t, i) => ({
    id: `comp-${key}-${String(i + 1).padStart(2, '0')}`,
    forvaltningId,
    unitId: null,
    year,
    parentId: null,
    // Gaps of 1 000 between avdelningar keep each one's rows together in the plan's order.
    order: index * 1_000 + i,
    avdelning,
    categories: t.categories,
    goal: t.goal ?? '',
    activity: t.activity,
    targetDate: { text: t.date, due: competenceDue(t.date) },
    responsible: t.responsible,
    resources: t.resources ?? [],
    followUp: t.followUp ?? '',
    vpGoal: t.vpGoal ?? null,
    linkedGoalIds: [],
  }));
}

const chefForskola = 'Avdelningschef förskola';

const forskola = rows(0, [
  {
    categories: ['utveckla'],
    goal: 'Förskollärarens kompetens att leda kollegor i arbetslaget i syfte att säkerställa att undervisning bedrivs i enlighet med målen i läroplanen',
    activity: 'Kompetenshöjande insatser för rektorer, förskollärare och arbetslag kopplade till pedagogiskt ledarskap utifrån läroplansuppdraget',
    date: '2023',
    responsible: [chefForskola, 'Rektor'],
    resources: ['Utvecklingsenheten'],
    followUp: 'Tertial 1 och 2 samt VB',
  },
  {
    categories: ['utveckla'],
    goal: 'Kunskap och medvetenhet om pedagogiska måltider, ekologisk mat samt klimatpåverkan från livsmedel hos kockar/köksbiträden och arbetslag.\n- Ökat samarbete kockar och pedagoger emellan kring mat och måltid',
    activity: 'Bokinköp med tillhörande föreläsning samt reflektionsmaterial kring klimatsmarta och pedagogiska måltider för alla yrkesgrupper inom förskolan.',
    date: '2023',
    responsible: [chefForskola, 'Rektorer'],
    resources: ['utvecklingsenheten', 'arbetsgruppen kockar'],
    followUp: 'Tertial 1 och 2 samt VB',
  },
  {
    categories: ['utveckla'],
    goal: 'Fortsätta utveckla lär/läsmiljöerna på alla förskolor i syfte att erbjuda alla barn lika förutsättningar för lärande och utveckling i en inkluderande utbildning för alla barn',
    activity: '- Genom digitala föreläsningar som är tillgängliga för alla medarbetare av:\nKarolina Larsson\nJohan Teodorsson\n- Stöd från resursenheten',
    date: '2023',
    responsible: ['Rektorer'],
    resources: ['Utvecklingsenheten', 'Resursenheten'],
    followUp: 'Tertial 1 och 2 och VB',
  },
  {
    categories: ['utveckla'],
    goal: 'Utveckla språkkompetens hos medarbetare',
    activity: 'Erbjuda fortbildning i yrkessvenska för barnskötare',
    date: '2023',
    responsible: ['Rektor'],
    resources: ['Utvecklingsenheten'],
    followUp: 'Tertial 1 och 2 och VB',
  },
  {
    categories: ['behalla'],
    goal: 'Medarbetare upplever att de har utvecklingsmöjligheter och därmed stannar i Hägersten-Älvsjö på lång sikt',
    activity: 'Uppmuntra medarbetare till fortbildning kopplat till avdelningens utvecklingsområden',
    date: 'Kontinuerligt',
    responsible: [chefForskola, 'Rektorer'],
    followUp: 'VB',
  },
  {
    categories: ['behalla'],
    goal: 'Behålla andelen handledare för VFU och APL: som motsvarar behovet',
    activity: 'Bjuda in vfu-handledare till insatser kopplade till Introduktionsåret',
    date: 'Kontinuerligt',
    responsible: [chefForskola, 'Rektorer'],
    resources: ['Utvecklingsenheten'],
    followUp: 'VB',
  },
  {
    categories: ['attrahera'],
    goal: 'VFU-studenter väljer Hägersten-Älvsjö efter avslutad utbildning',
    activity:
      'Ge studenter en god information om VFU och förskolans arbete via en strukturerad VFU-organisation\nGe en god introduktion till yrket på förskolan genom utbildade handledare med avsatt tid och stöd för uppdraget, koppling mellan vfu och mentorskap',
    date: 'Kontinuerligt',
    responsible: ['Rektorer'],
    resources: ['Utvecklingsenheten'],
    followUp: 'VB',
  },
  {
    categories: ['attrahera'],
    goal: 'Välutbildade barnskötare väljer Hägersten-Älvsjö efter avslutad utbildning',
    activity: 'Uppmuntra barnskötare som saknar grundutbildning att utbilda sig',
    date: 'Kontinuerligt',
    responsible: ['Rektorer'],
    followUp: 'VB',
  },
  {
    categories: ['attrahera'],
    goal: 'Fortsätta erbjuda introduktion för nyexaminerade förskollärare',
    activity: 'Ha mentorer för nyexaminerade förskollärare.\nFortsätta utveckla organisationen för mentorskap och uppdatera behovet av mentorer.',
    date: 'Kontinuerligt',
    responsible: [chefForskola, 'Rektorer'],
    resources: ['Utvecklingsenheten'],
    followUp: 'Tertial samt VB',
  },
  {
    categories: ['attrahera'],
    goal: 'Förskolans medarbetare ska ha utrymme att vara delaktiga i verksamhetens arbetsmiljöarbete',
    activity: 'Fortsätta utveckla arbetet med förbättrad arbetssituation för förskollärare och barnskötare inom det ordinarie arbetsmiljöarbetet på enheterna',
    date: '2023',
    responsible: [chefForskola, 'Rektorer'],
    followUp: 'Tertial och VB',
  },
  {
    categories: ['rekrytera'],
    goal: 'Kontinuerligt och systematiskt kartlägga behovet av stöd för ledarskapet',
    activity:
      'Arbeta långsiktigt med att utveckla samarbetet mellan rektorer och övergripande stödfunktioner (HR, lokal, IT och ekonomi)\nArbeta långsiktigt med succesionsplanering',
    date: 'Kontinuerligt',
    responsible: [chefForskola, 'HR', 'Rektorer'],
    followUp: 'VB',
  },
  {
    categories: ['introducera'],
    goal: 'Förskolans medarbetare känner sig välkomna i verksamheten, upplever delaktighet och har kunskap om vilken organisation de befinner sig i.',
    activity: 'Ta fram en kompletterande introduktion som är avdelningsspecifik för förskola',
    date: '2023',
    responsible: [chefForskola, 'Rektorer'],
    resources: ['Utvecklingsenheten'],
    followUp: 'Tertial och VB',
  },
  {
    categories: ['avsluta'],
    goal: 'Avdelningen har kunskap om varför medarbetare väljer att sluta i Hägersten-Älvsjö.',
    activity: 'Ta fram rutiner för avslutande samtalet',
    date: '2023',
    responsible: [chefForskola, 'Rektorer', 'HR'],
    followUp: 'VB',
  },
]);

const vpAldre = '1.4 Stockholm ska vara en bra stad att åldras i - med god omsorg och stor trygghet';
const vpGoodJob = '3.4 Medarbetare i Stockholm ska ges goda förutsättningar att göra ett bra jobb';
const enhetschef = ['Enhetschef'];

const aldre = rows(1, [
  {
    vpGoal: vpAldre,
    categories: ['utveckla'],
    activity: 'Utbildningar i ökade språkkunskaper:\nUtbildningar i samverkan med SFI.- arbetsplatsförlagda utbildning\nArbetsplatslärande genom språkombuden',
    date: '2023',
    responsible: enhetschef,
  },
  {
    categories: ['utveckla', 'behalla'],
    activity:
      'Ökad kunskap inom demensområdet och psykisk ohälsa:\nSilviadiplomering/Stjärnmärkt\nHandledning för biståndshandläggare\nWebbutbildningar om demenssjukdomar och psykisk hälsa',
    date: '2023',
    responsible: enhetschef,
  },
  {
    categories: ['utveckla', 'behalla'],
    activity:
      'Utveckla ombudsrollerna, såsom demens, mat och måltid, palliativ vård, stöd till anhöriga samt handledning i dokumentation.\nUtbildningsinsatser och nätverksträffar för äldreomsorgens olika ombud.',
    date: '2023',
    responsible: enhetschef,
  },
  { categories: ['utveckla'], activity: 'Ökad kunskap i HBTQ', date: '2023', responsible: enhetschef },
  {
    categories: ['utveckla', 'behalla'],
    activity: 'Dokumentation både SoL och HSL\nInternutbildning med stöd av dokumentationsstödjare samt dokumentationsombud',
    date: '2023',
    responsible: enhetschef,
  },
  {
    // The plan names no category for this row; it is a training, as the rows around it: Utveckla.
    categories: ['utveckla'],
    activity: 'Kunskaperna i kost/nutrition, förebygga undernäring ska öka genom internutbildning SNUD – sjuksköterska med särskilt nutritionsuppdrag.',
    date: '2023',
    responsible: enhetschef,
  },
  {
    vpGoal: vpGoodJob,
    categories: ['utveckla', 'behalla'],
    activity: 'Utbildning hot och våld, otillåten påverkan\nDel 1 och 2',
    date: '2023',
    responsible: enhetschef,
  },
  {
    categories: ['behalla'],
    activity: 'Kompetensutveckling för biståndshandläggare, Utbildningar som arrangeras av äldreförvaltningen för professionen',
    date: '2023',
    responsible: enhetschef,
  },
  {
    categories: ['utveckla', 'behalla'],
    activity: 'Utbildning för specialistkompetens inom demens och geriatrik\nSpecialist undersköterskeutbildning\nSpecialist sjuksköterskeutbildning',
    date: '2023',
    responsible: enhetschef,
  },
  { categories: ['utveckla', 'behalla'], activity: 'Utbildning till undersköterska, USK 1-5.', date: '2023', responsible: enhetschef },
  { categories: ['utveckla'], activity: 'Kompletterande undersköterskeutbildningar och vårdbiträdeutbildningar.', date: '2023', responsible: enhetschef },
  {
    categories: ['attrahera'],
    activity: [
      'Attraktiv arbetsgivare- Att äldreomsorgen är ett framtidsyrke, ett intressant och spännande yrke för att få fler sökande till tjänster inom äldreomsorgen.',
      'Sprida positiv info om äldreomsorgen t.ex. i lokalpressen, via föreningar och i kontaktar med civilsamhället.',
      '"Visa upp sig", genom att delta på arbetsmässor, kvalitetsmässor och i olika lokala arrangemang.',
      'Uppmuntra verksamheter att delta i stadens kvalitetsutmärkelse',
      'Samarbeta med lärosäten.',
      'Marknadsföring mot skolor. Medverka i VFU-mottagandet',
      'Annonsering, bra annonser som "sticker ut"',
    ].join('\n'),
    date: '2023',
    responsible: ['Avdelningschef/Enhetschef'],
  },
  {
    categories: ['rekrytera'],
    activity: 'Använda kompetensbaserad rekrytering för att rekrytera medarbetare med rätt kompetens.',
    date: '2023',
    responsible: enhetschef,
  },
  {
    categories: ['introducera'],
    activity: 'Alla nya medarbetare inom äldreomsorgen får introduktion, Det finns förvaltnings-och, avdelningsgemensam introduktion samt introduktion enheterna.',
    date: '2023',
    responsible: enhetschef,
  },
  {
    categories: ['avsluta'],
    activity: 'Medarbetarens erfarenheter tas tillvara i organisationen genom avslutssamtal, erfarenhetsåtergivning.',
    date: '2023',
    responsible: enhetschef,
  },
]);

const ekBistand = ['Enhetschef ek.bistånd/beroende'];

const social = rows(2, [
  {
    vpGoal: '1.1 Barn och ungdomar erbjuds en jämlik, meningsfull och trygg fritid',
    categories: ['utveckla', 'behalla'],
    activity: 'Medarbetarna på Ung fritid går stadens interna utbildning i fritid fri från våld.',
    date: '2023',
    responsible: ['Enhetschef Ung fritid'],
  },
  {
    vpGoal: '1.3 Stockholms stad ska ge stöd och omsorg där behoven är som störst\n3.2 I Stockholm ska alla ges möjlighet till ett eget jobb',
    categories: ['introducera'],
    activity: 'Alla nya medarbetare går stadens introduktionsprogram inom sitt ämnesområde',
    date: '2023',
    responsible: ['Enhetschefer myndighet'],
  },
  {
    categories: ['utveckla', 'behalla'],
    activity: 'Utbildning och implementering av ny titulatur till stödpedagog/stödbiträde inom LSS',
    date: '31/12 – 2023',
    responsible: ['Enhetschefer LSS'],
  },
  {
    categories: ['behalla'],
    activity: 'Alla nyanställda genomgår utbildning och certifiering i Pedagogiska ramverket',
    date: '2023',
    responsible: ['Enhetschefer LSS'],
  },
  {
    categories: ['attrahera', 'utveckla'],
    activity:
      'Kompletterande utbildningar till titeln arbetsinstruktör inom Enheten Glasade gången:\n- kompletterande kurser i kock/bageri\n- specialpedagogik 1 och 2\n- livsmedelhygien',
    date: '2023-2025',
    responsible: ['Enhetschef Glasade gången'],
  },
  {
    categories: ['utveckla', 'behalla'],
    activity: 'Chefer och socialsekreterare inom familjeenheten går utbildning i metoden Signs of safety',
    date: '2023',
    responsible: ['Enhetschef familjeenheten'],
  },
  {
    // The plan names no category for this row; a training for new staff: Utveckla.
    categories: ['utveckla'],
    activity: 'Nya familjerättssekreterare går utbildning i att genomföra samarbetssamtal',
    date: '2023',
    responsible: ['Enhetschef familjerätten'],
  },
  {
    categories: ['utveckla'],
    activity: 'Utsedda barnombud går grundutbildning i barnkonventionen',
    date: '2023',
    responsible: ['Enhetschefer myndighet'],
  },
  {
    categories: ['utveckla'],
    activity: 'Socialsekreterare går grundläggande utbildning, inklusive FREDA för implementering.',
    date: '2023',
    responsible: ekBistand,
  },
  {
    categories: ['utveckla'],
    activity: 'Medarbetare inom Enheten för ekonomiskt bistånd och beroende går WEB-utbildning i ”Klarspråk”',
    date: '2023',
    responsible: ekBistand,
  },
  {
    categories: ['attrahera', 'rekrytera'],
    activity: 'Avdelningen tar emot VFU-praktikanter vår och höst',
    date: '2023',
    responsible: ['Enhetschefer'],
    followUp: 'Verksamhetscontroller följer upp',
  },
  {
    vpGoal: vpGoodJob,
    categories: ['utveckla', 'behalla'],
    activity: 'Webutbildning mot hot och våld\nDel 1 och 2',
    date: '30/6-2023',
    responsible: ['Enhetschef'],
    followUp: 'Verksamhetsutvecklare följer upp',
  },
  {
    categories: ['introducera'],
    activity: 'Avdelningen ser över introduktionsplaner för att säkerställa likhet i introduktion',
    date: '2023',
    responsible: ['Verksamhetscontroller'],
  },
  {
    categories: ['avsluta'],
    activity: 'Avdelningsövergripande avslutningsenkät delas ut till medarbetare som väljer att avsluta sin anställning',
    date: '2023',
    responsible: ['Enhetschefer'],
    followUp: 'Verksamhetscontroller följer upp och sammanställer resultatet i esmaker.',
  },
  { categories: ['utveckla'], activity: 'Alla chefer går utbildning i full-range leadership', date: '2023', responsible: ['Avdelningschef'] },
]);

const radighet = 'Nämndmål: Stadsdelsnämnden har en stark rådighet över samhällsviktiga funktioner och välfärdsverksamheter';
const attraktiv = 'Nämndmål: Stadsdelsnämnden är en attraktiv arbetsgivare och har en god arbetsmiljö';
const kvalitet = 'Systematiskt kvalitetsarbete';
const chefSamhall = ['Avdelningschef Samhällsplanering och intern service'];
// As printed in the plan's last two rows (a typo of Samhällsplanering).
const chefSamhallTypo = ['Avdelningschef Samhällsplanereing och intern service'];
const chefHr = ['Avdelningschef HR och Kommunikation'];
const chefKansli = ['Chef för nämndkansli'];

// This table gives no Måldatum: every cell is empty.
const samhall = rows(3, [
  { vpGoal: radighet, categories: ['attrahera', 'rekrytera'], activity: 'Ta över parkentreprenad i egen regi\nBygga upp en ny funktion', date: '', responsible: chefSamhall },
  { vpGoal: radighet, categories: ['rekrytera'], activity: 'Utökning av informationssamordning. Ta fram lokala tillämpningshänvisningar.', date: '', responsible: chefSamhall },
  {
    vpGoal: 'Nämndmål: Ungdomar erbjuds meningsfulla feriejobb',
    categories: ['rekrytera'],
    activity: 'Öka andelen feriejobb\nSystematiskt arbete för Medborgarservice',
    date: '',
    responsible: ['Enhetschef medborgarservice'],
  },
  { vpGoal: attraktiv, categories: ['attrahera'], activity: 'Heltid och tillsvidareanställning som norm\nUtbilda och stötta chefer i arbetet', date: '', responsible: chefHr },
  { vpGoal: attraktiv, categories: ['attrahera'], activity: 'Tillgänglighetsanpassat intranät\nFölja stadens arbete', date: '', responsible: chefHr },
  {
    vpGoal: kvalitet,
    categories: ['utveckla'],
    activity: 'Hålla i utbildnings och informationsinsatser rörande arkiv- och registraturfrågor.',
    date: '',
    responsible: chefKansli,
  },
  { vpGoal: kvalitet, categories: ['rekrytera'], activity: 'Förändring i arkivorganisation\nÖkad arbetsmängd', date: '', responsible: chefKansli },
  {
    vpGoal: radighet,
    categories: ['rekrytera'],
    activity: 'Förbättra konsumentvägledningen/ta tillbaka i egen regi\nInförliva i budget- och skuldrådgivarnas uppdrag',
    date: '',
    responsible: ['Enhetschef Medaborgarservice'],
  },
  { vpGoal: attraktiv, categories: ['utveckla', 'behalla'], activity: 'Utbildning kring hot och våld', date: '', responsible: chefSamhallTypo },
  { vpGoal: attraktiv, categories: ['utveckla'], activity: 'Brandskyddsutbildning för samtliga medarbetare', date: '', responsible: chefSamhallTypo },
]);

export const competenceData: DemoData = {
  forvaltningar: [],
  units: [],
  plans: [],
  sections: [],
  goals: [],
  indicators: [],
  activities: [],
  competenceRows: [...forskola, ...aldre, ...social, ...samhall],
};
