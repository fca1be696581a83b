/**
 * Verksamhetsplan 2021, Hägerstensåsens förskolor (Hägersten-Älvsjö stadsdelsförvaltning).
 * Copied from the source document (text extracted from PDF): line wraps joined, spelling, typos,
 * quotes and punctuation kept as printed. The förvaltning-owned spine (KF goals, nämndmål, their
 * indicators and activities) lives in forvaltning.ts; this slice holds what the unit owns: the unit,
 * its plan, its free-text sections and its enhetsmål. The unit adds no indicators or activities.
 */
import type { Goal, PlanSection } from '@vp/shared';
import { demoGroupIds } from './groups';
import type { DemoData } from './types';

const forvaltningId = 'hagersten-alvsjo';
const unitId = 'hagerstensasens-forskolor';
const year = 2021;

/** Paragraphs of a free text, separated by a blank line. */
function paras(...paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}

function section(order: number, key: string, title: string, text: string): PlanSection {
  return { id: `hag-sec-${key}`, forvaltningId, unitId, year, parentId: null, order, key, title, text };
}

type UnitGoalText = Pick<Goal, 'title' | 'expectedResults' | 'workingMethods' | 'resources' | 'followUp' | 'development'>;

/**
 * Enhetsmål n, printed under the nämndmål parentId (a spine id from forvaltning.ts). Each nämndmål
 * carries at most one of this unit's goals, so order (among goals under the same parent) is 0.
 */
function unitGoal(n: number, parentId: string, g: UnitGoalText): Goal {
  return { id: `hag-em-${n}`, forvaltningId, unitId, year, parentId, order: 0, level: 'unitGoal', number: null, description: '', ...g };
}

const teatersallskapetNote =
  'Nybyggd förskola som kommer att tillhöra Hägerstensåsens förskolor till hösten 2021. Förskolan kommer att ersätta Mellanbergets och Isbjörnens förskolor. Teatersällskapet är än så länge ett arbetsnamn på förskolan.';
const skatboetNote =
  'Nybyggd förskola som kommer att tillhöra Hägerstensåsens förskolor till hösten 2021. Skatboet kommer att bedriva en utepedagogisk verksamhet med fokus på äventyrspedagogik.';

export const hagerstensasenData: DemoData = {
  forvaltningar: [],
  units: [
    {
      id: unitId,
      forvaltningId,
      name: 'Hägerstensåsens förskolor',
      description: paras(
        'Hägerstensåsens förskolor - där delaktighet, mångfald och samarbete ger en likvärdig utbildning där trygga barn med lust lär och utvecklas.',
        'Hägerstensåsens förskolor är en kommunal förskolenhet inom Hägersten-Älvsjö stadsdelsförvaltning.',
      ),
      // Children are printed as approximations ("ca 153 barn").
      preschools: [
        { name: 'Mellanberget', address: 'Personnevägen 91', children: 153 },
        { name: 'Isbjörnen', address: 'Isgränd 6', children: 45 },
        { name: 'Gläntan', address: 'Lotterivägen 17', children: 73 },
        { name: 'Skogsåsen', address: 'Sedelvägen 30', children: 37 },
        { name: 'Åsen', address: 'Sedelvägen 2b', children: 53 },
        { name: 'Teatersällskapet', children: 210, note: teatersallskapetNote },
        { name: 'Skatboet', children: 70, note: skatboetNote },
      ],
      groupId: demoGroupIds.hagerstensasen,
    },
  ],
  plans: [{ id: 'hag-2021', forvaltningId, unitId, year, title: 'Verksamhetsplan 2021' }],
  sections: [
    section(0, 'inledning', 'Inledning', paras(
      'Alla kommunala förskolor i den nya stadsdelen Hägersten-Älvsjö har en gemensam riktning med likvärdighet och hög kvalitet som mål. Sedan 1 juli 2020 utgör våra förskolor den största kommunala förskoleavdelningen i Stockholms stad. Vårt övergripande och gemensamma kvalitets- och utvecklingsarbete under 2021 kommer i hög grad att präglas av att skapa en gemensam plattform att utgå ifrån i den nya stadsdelen. Även den pågående pandemin har påverkat våra verksamheter under en stor del av 2020 och påverkar hur vi planerar för våra gemensamma utvecklingsarbeten under 2021.',
      'Vi ska fortsätta de utvecklingsarbeten vi påbörjat under andra halvåret 2020. Vi ska stanna kvar i våra kompetensutvecklingsinsatser för att skapa sammanhang och fördjupa våra kunskaper. Vi ska fortsätta arbetet med att skapa gemensamma strukturer för kvalitet och utveckling och vi ska revidera och utforma gemensamma riktlinjer och ställningstaganden för våra förskolor.',
      'Förskolans medarbetare ska genom denna inriktning få arbetsro och möjlighet att fortsätta utveckla undervisningen tillsammans med kollegorna på den egna förskolan.',
    )),
    section(1, 'verksamhetsbeskrivning', 'Verksamhetsbeskrivning', paras(
      'Hägerstensåsens förskolor - där delaktighet, mångfald och samarbete ger en likvärdig utbildning där trygga barn med lust lär och utvecklas.',
      'Vår vision bygger på Stockholm stads vision "Ett Stockholm för alla". Alla barn och elever i Stockholm, oavsett var i staden de bor eller vilken bakgrund de har ska få en god och likvärdig utbildning.',
      'Förskolans värdegrund omfattar alla som verkar och vistas i förskolan och är utgångspunkten för de förhållningssätt som ska råda hos oss. Förskolan vilar på demokratisk grund och utbildningen ska förmedla och förankra respekt för de mänskliga rättigheterna och de grundläggande demokratiska värderingar som det svenska samhället vilar på: människolivets okränkbarhet, individens frihet och integritet, alla människors lika värde, jämställdhet samt solidaritet mellan människor.',
      'Alla barn i Hägerstensåsens förskolor ges samma förutsättningar till utbildning. Vår pedagogiska metod är ett utforskande arbetssätt där utveckling och lärande sker i samspel med omgivningen, dvs. i interaktion mellan olika individer, miljöer och material. Vi arbetar ämnesöverskridande i projektet Hållbar framtid, såväl social, ekonomisk och miljömässig. Inom projektarbetet ges barnen möjligheter till både planerade och spontana undervisningstillfällen där musik, språk, rörelse, skapande, drama, naturvetenskap, lärande för hållbarhet, matematik och teknik integreras. I projekt utgår vi ifrån barnens intressen, hypoteser och teorier. Vi ger barnen möjlighet att fördjupa och utveckla sina förmågor genom att göra oss nyfikna på vad som redan upptar barnen, vilket undersökande och utforskande de redan håller på med. För att utmana barnen och väcka lust och nyfikenhet till gemensamt lärande organiserar vi oss i mindre gruppkonstellationer. Våra lärmiljöer bjuder in till lek, utforskande och upptäckande och materialet är rikligt, varierat och tillgängligt. Vi arbetar med pedagogisk dokumentation för att fånga och driva barnens pågående lärprocesser och lärstrategier. Genom att dokumentera det som sker och samtala, reflektera och analysera tillsammans med barnen och arbetslaget kan vi förstå mer om hur barnen tänker och gör och utmana dem vidare.',
      'Utgångspunkten i det utforskande arbetssättet är att mångfald berikar. Vi är nyfikna för olika sätt att tänka och ser alla som en tillgång. Vi utgår ifrån barnens intressen, hypoteser och teorier, dvs. vi lyfter fram olika perspektiv om hur man uppfattar sin omvärld. Barnen på våra förskolor har samma möjligheter att upptäcka, pröva och utveckla sina förmågor och intressen. Vi reflekterar ständigt över våra roller som pedagoger för att få syn på de normer som råder inom den egna verksamheten. Våra lärmiljöer är inkluderande för att alla barn ska nå sin fulla potential. Materialet används ur ett normkreativt och jämlikt perspektiv för att ge alla barn samma möjligheter.',
      'Hägerstensåsens förskolor är en kommunal förskolenhet inom Hägersten-Älvsjö stadsdelsförvaltning. Vi har fem förskolor av varierande storlek: Mellanberget (Personnevägen 91, ca 153 barn), Isbjörnen (Isgränd 6, ca 45 barn), Gläntan (Lotterivägen 17, ca 73 barn), Skogsåsen (Sedelvägen 30, ca 37 barn) och Åsen (Sedelvägen 2b, ca 53 barn). Barnen i Hägerstensåsens förskolor tillhör avdelningar, som i sin tur delas in i mindre grupper under dagen. Vi har årligen fyra utvecklingsdagar då förskolorna hålls stängda. En gång i månaden har förskolorna arbetsplatsträff (APT), del 1 enhetsvis och del 2 förskolevis. Två nybyggda förskolor (Teatersällskapet och Skatboet) kommer att tillhöra Hägerstensåsens förskolor till hösten 2021. Teatersällskapet har plats för ca 210 barn och förskolan kommer att ersätta Mellanbergets och Isbjörnens förskolor. Skatboet har plats för ca 70 barn och kommer att bedriva en utepedagogisk verksamhet med fokus på äventyrspedagogik. Teatersällskapet är än så länge ett arbetsnamn på förskolan.',
    )),
    section(2, 'ledningsorganisation', 'Ledningsorganisation', paras(
      'Utbildningen leds av rektor som har det övergripande ansvaret för att utbildningen bedrivs enlighet med målen i läroplanen och uppdraget i dess helhet (2 kap. 9 § skollagen). För att försäkra sig om att medarbetarna är införstådda med utbildningens mål och uppdrag använder rektor följande kommunikationskanaler; ledningsgruppen, APT, utvecklingsdagar, medarbetarsamtal, lönesamtal, arbetsmiljömöte, pedagogiska promenader, arbetsmiljöronder samt även informella kanaler dvs. planerade och oplanerade möten och mejl- och telefonkontakt.',
      'Bit. rektorer biträder, dvs. assisterar, rektorn med operativt ledningsstöd via delegation och fördelning av arbetsuppgifter. De bitr. rektorerna har och olika, tydligt specificerade ansvarsområden gentemot utbildningens förskolor med syfte att skapa likvärdighet inom Hägerstensåsens förskolor samt personalansvar. De är viktiga länkar i utbildningens dagliga kommunikationsflöde. Det handlar bl.a. om möten, både planerade och oplanerade, besök på förskolorna, om mejl- och telefonkontakt med medarbetare. En av bitr. rektorerna har även administrativa uppgifter. Pedagogisk utvecklingsledare assisterar rektor via delegation av pedagogiska arbetsuppgifter. På varje förskola finns en arbetsplatsledare (med särskild tid avsatt), som leder och driver det organisatoriska arbetet på plats. Rektor, biträdande rektorer, pedagogisk utvecklingsledare och arbetsplatsledarna bildar en ledningsgrupp, som arbetar med frågor av organisatorisk karaktär både för enheten och de enskilda förskolorna. Utbildningens ledningsgrupp träffas två gånger i månaden och våra enhetsmål och resultat bearbetas löpande i gruppen. Arbetsplatsledarna står för länkningen av kommunikationen inom utbildningen där förskolemötet är ett viktigt kommunikationsforum för arbetsplatsledaren.',
    )),
    section(3, 'kvalitets-och-utvecklingsarbete', 'Kvalitéts- och utvecklingsarbetet', paras(
      'Syftet med ett systematiskt kvalitetsarbete är att synliggöra, arbeta med samt säkerställa kvalitet och likvärdighet, vad vi gör, varför och vad det leder till. Genom att planera, följa upp, analysera, dokumentera och utveckla utbildningen i förhållande till de nationella målen kan vi skapa och dela kunskap om vad som leder till framgång. Vi arbetar utifrån de didaktiska frågorna: Vad? Hur? Varför?',
      'På Hägerstensåsens förskolor har förskollärarna och barnskötarna tillgång till reflektion i arbetslagen under arbetstid varje vecka som syftar till att följa upp och utveckla den dagliga undervisningen i relation till våra enhetsmål. Förskollärarna på varje förskola har särskilt avsatt schemalagd pedagogisk utvecklingstid. Tiden ligger utanför ordinarie arbetstid i barngrupp. Vi har gemensamma lärarforum en gång i månaden för utbildningens samtliga förskollärare för att synliggöra och använda varandras kompetenser och stödja det professionella ledarskapet/uppdraget. Vi har även barnskötarforum en gång i veckan för utbildningens barnskötare. Båda forumen arbetar med samma spår men innehållet styrs av uppdragsbeskrivningen. På så vis skapar vi delaktighet och inflytande för samtliga yrkeskategorier som arbetar i kärnverksamheten.',
      'En extra stötta i vår kvalitetssäkring av utbildningen är årshjulet/pedagogiska året, som tydliggör våra olika uppföljnings- och anlaysaktiviteter och när de infaller under året.',
      'Uppföljningar och analyser som ligger till grund för våra bedömningar och bidrar till kvalitetsutveckling:',
      'Skolplattformens modul ”Planering och Bedömning” (PoB:en) för att reflektera och analysera dokumentation utifrån de didaktiska frågorna, Var är vi? Vart ska vi? Hur blev det? I Skolplattformen upprättar arbetslagen undervisningsplaner med utgångspunkt i Läroplanen för förskolan, Verksamhetsplanen och Utbildningsplanen. Undervisningsplanen innehåller en uppföljnings- och analysdel.',
      'Kvalitetsindikatorn: Materialet används av samtliga förskolor i Hägersten-Älvsjö stadsdelsförvaltning för att bedöma hur väl kvaliteten i förskolans processer motsvarar läroplanens krav och intentioner samt att identifiera utvecklingsområden. Underlaget är pedagogisk dokumentation där barn och pedagoger under projektets gång reflekterar över sina arbeten.',
      'Interna pedagogiska styr- och stöddokument: Dokumenten tydliggör våra gemensamma ramar och följs upp och aktualiseras tillsammans med medarbetarna och ledningen. Det gör vi genom våra mötesforum (lärarforum, barnskötarforum, APT, utvecklingsdagar). Dokumenten är en kvalitetsutveckling som fokuserar på vårt uppdrag, frigör tid, minskar upplevd arbetsbörda och skapar likvärdighet inom Hägerstensåsens förskolor.',
      'Stödmaterial för barn i behov av särskilt stöd (bibass): Innehåller kartläggning, handlingsplan samt uppföljning och analys.',
      'Pedagogiska promenader: Ledningen genomför pedagogiska promenader som ett led i att kvalitetssäkra verksamheten. De pedagogiska promenaderna, som görs utifrån ett bestämt tema, bidrar till fördjupade pedagogiska diskussioner och analyser mellan pedagoger och förskolans ledning.',
      'Förskoleundersökningen: Ledningen analyserar resultatet och utarbetar utvecklingsområden. Arbetslagen avsätter tid för dialog på våra forum för vårdnadshavare för att på så vis förbättra vår förståelse av de resultat vi fått in. Syftet är att kunna genomföra förbättringar som är väl förankrade samt att ge vårdnadshavarna möjlighet till inflytande över utbildningens fortsatta utveckling.',
      'Arbetet med Skolplattformen har utgjort ett utvecklingsområde på Hägerstensåsens förskolor de senaste två åren. Utvecklingsbehov kvarstår och under 2021 kommer vi att fortsätta att arbeta för att skapa en likvärdighet, inom utbildningen och inom stadsdelen.',
      'Vi fortsätter även under 2021 med lek- och språkpedagoger på Isbjörnens förskola. Det är en riktad insats som möjliggör att arbetslagen under hela dagen kan dela upp sig i mindre språkstimulerande gruppkonstellationer. Lek och språkpedagogerna kommer att arbeta nära barnen och agera "språkutrymmesfördelare” samt att själv arbeta med att använda ett rikt och varierat språk. De aktiviteter som barnen ingår i kommer även att syfta till att möjliggöra barnen att utveckla lekkoder och sociala samspelsförmågor.',
    )),
    section(4, 'samverkan-med-vardnadshavare', 'Samverkan med vårdnadshavarna', paras(
      'För att skapa bästa möjliga förutsättningar för att barnen ska kunna utvecklas rikt och mångsidigt ska förskolan samarbeta på ett nära och förtroendefullt sätt med hemmen. Vårdnadshavarna ska ges möjlighet att vara delaktiga i utvärderingen av utbildningen.',
      'Vårdnadshavarnas delaktighet i verksamhetsutvecklingen sker genom:',
      '- Den dagliga kommunikationen.\n- I Skolplattformen kommunicerar vi ut information till vårdnadshavarna genom lärloggar och startsidan.\n- Förskoleundersökningen.\n- Introduktionen, där nya vårdnadshavare erbjuds uppföljningssamtal.\n- Möte för vårdnadshavare 1 ggr per år - forum där vårdnadshavare kan föra fram förslag och synpunkter. Dagordning skickas i god tid innan samt möjlighet att inkomma med frågor/synpunkter.\n- Utvecklingssamtal 1 ggr per år – forum för dialog om barnets trivsel, utveckling och lärande.\n- Vernissage 2 ggr per år - insyn i verksamheten och barnens utveckling och lärande.',
      'Vårdnadshavarnas frågor och synpunkter som rör den dagliga verksamhetens innehåll tas först med pedagogerna på avdelningen. Övergripande frågor om verksamheten riktas direkt till ledningen. Denna arbetsgång finns tydligt formulerad i förskolornas informationspärmar för vårdnadshavare. Framförda synpunkter och klagomål följs upp med berörda parter skyndsamt. Vid större förändringar inom utbildningen (4 kap. 13§ skollagen) kallar rektor till möte/forum.',
    )),
    section(5, 'kompetensutveckling', 'Kompetensutvecklingsinsatser', '- Påbyggnadsutbildning för barnskötare med äldre utbildning.\n- Outbildade medarbetare fortbildning till barnskötare.\n- Vidareutbildning till förskollärare för barnskötare.\n- Vfu-handledarutbildning.\n- Arbetsmiljöutbildning för skyddsombud.\n- Ledarskapsutbildning för blivande chefer.\n- Rektorsprogrammet.\n- Lokala forum/interna utbildningar.\n- Fördjupade föreläsningar/kurser.'),
    section(6, 'processen-for-verksamhetsplanen', 'Processen för arbetet med Verksamhetsplanen', 'I samråd med stadsdelen och medarbetarna hade vi inför årets VP enats om att förändra så lite som möjligt från föregående år. Detta för att vi söker fördjupning i, och vidareutveckling av, de processer som vi inlett/befinner oss i. VP processas främst av rektor, biträdande rektorer och pedagogisk utvecklingsledare, därefter presenteras ett utkast under ett APT. VP utgör ramarna för medarbetarnas arbete med att utforma lokala undervisningsplaner. I dessa preciseras och målgruppsanpassas arbetssätten till de aktuella barngrupperna. Utbildningarnas verksamhetsplaner genomlyses även i en ledningsdialog inom stadsdelen, medan medarbetarnas undervisningsplaner i sin tur granskas och återkopplas av bitr. rektor med ansvar för det pedagogiska kvalitetsarbetet.'),
    section(7, 'redovisning-av-ekonomi', 'Redovisning av ekonomi', ''),
    section(8, 'resursanvandning', 'Resursanvändning', ''),
    section(9, 'budget-2021', 'Budget 2021', ''),
    section(10, 'ovrigt', 'Övrigt', ''),
  ],
  goals: [
    unitGoal(1, 'nm-1.3-1', {
      title: 'På Hägerstensåsens förskolor är gruppen en tillgång där varje barn har sin självklara plats, ges utrymme och blir lyssnad på.',
      expectedResults: [
        'Alla barn deltar i utbildningens aktiviteter utifrån sin egen förmåga.',
        'Barnkonventionens intentioner är synliga i utbildningens innehåll.',
      ],
      workingMethods: paras(
        'Vi organiserar lärmiljöer som bjuder in till lek, utforskande och upptäckande och materialet är tilltalande, tillåtande och tillgängligt. Lärmiljön utformas så att alla barn hittar stimulerande och meningsfulla aktiviteter. Alla medarbetare använder utbildningens framtagna dokument vad gäller grundlärmiljöer. Dokumenten är ett stöd för att planera och organisera för vilka lärmiljöer alla barn ska ha rätt att möta, hur dessa miljöer ska se ut samt vilket förhållningssätt och barnsyn som ska råda. Dokumentet erbjuder även stöd för de samtal och analyser som ska göras i kvalitetsindikatorn.',
        'Vi delar in barnen i mindre gruppkonstellationer över dagen för att alla barn ska komma till tals, pröva demokratiska arbetsformer och utveckla förmåga att samarbeta.',
        'Vi utgår från barns intressen, teorier och hypoteser i planeringen av den pedagogiska utbildningen.',
        'Vi observerar barnens lek i förhållande till lärmiljön för att motverka traditionella könsmönster.',
        'Alla medarbetare använder "Plan med aktiva åtgärder mot diskriminering och kränkande behandling". Planen arbetas aktivt med efter behov och följs upp minst en ggr i månaden. Planen innehåller en översikt över de åtgärder som behövs för att förebygga och förhindra kränkande behandling av barn samt en redogörelse för vilka av dessa åtgärder som avses att påbörjas eller genomföras under det kommande året.',
        'Undervisningen präglas även av ett interkulturellt förhållningssätt och tar särskild hänsyn till Barnkonventionen. Det innebär att vi lämnar utrymme för olikhet och mångfald för att alla barn ska få synas på sina egna villkor, utan att bli definierad av någon annan.',
      ),
      resources: [
        'Ledningsgruppen',
        'Lärarforum',
        'Barnskötarforum',
        'Resursenheten',
      ],
      followUp: [
        'Undervisningsplanen',
        'Kvalitetsindikatorn',
        'Pedagogiska promenader',
        'Medarbetar- och lönesamtal',
        'Tertialrapport 1 och 2',
        'Verksamhetsberättelse',
      ],
      development: paras(
        'Arbetet med Skolplattformen och modulen "Planering och bedömning" (PoB:en) har utgjort ett utvecklingsområde på Hägerstenåsens förskolor de senaste två åren. Utvecklingsbehov kvarstår och under 2021 kommer vi att fortsätta att arbeta för att skapa en likvärdighet, inom utbildningen och inom stadsdelen.',
        'Flerspråkighet och interkulturalitet kommer under året att utgöra innehållet i utbildningens forum. Hösten 2020 avslutade vi med en storföreläsning i interkulturalitet med Jonas Stier som bl.a. kommer ligga till grund för utbildningens fortsatta arbete med att hitta arbetssätt för att ”göra interkulturalitet i praktiken” och skapa förståelse för språk och kommunikation.',
      ),
    }),
    unitGoal(2, 'nm-1.3-2', {
      title: 'På Hägerstensåsens förskolor möts barnen av lärmiljöer där organisation/struktur, material och förhållningssätt återspeglar läroplanens intentioner.',
      expectedResults: [
        'Barnen på våra förskolor möter likvärdiga lärmiljöer som bjuder in till lek, utforskande och upptäckande där materialet är tilltalande, tillåtande och lättillgängligt.',
        'Barnen utmanas utifrån sina kunskaper, intressen och erfarenheter i språk och kommunikation, matematik, naturvetenskap och teknik.',
        'Barnen har möjlighet till rörelseaktiviteter.',
        'Barnen ges förutsättningar att utveckla digital kompetens.',
      ],
      workingMethods: paras(
        'Vi organiserar lärmiljöer som bjuder in till lek, utforskande och upptäckande där materialet är tilltalande, tillåtande och lättillgängligt. Lärmiljön och materialet ger förutsättningar för kreativa möten mellan barnen och mellan barn och pedagoger, där barnen "blir" på olika sätt i relation till de möjligheter och normer som de olika miljöerna/materialet och aktiviteterna utgör. Förskolornas lärmiljöer och material stimulerar barnen till olika typer av lek och aktiviteter. Barnen ska ges möjligheter till lek och inspireras och av miljöer som utgör en grund för barns utbildning och lärande. Alla medarbetare använder utbildningens framtagna dokument: "grundlärmiljöer". Dokumenten är ett stöd för att planera och organisera för vilka lärmiljöer alla barn ska ha rätt att möta, hur dessa miljöer ska se ut samt vilket förhållningssätt och barnsyn som ska råda. Dokumentet erbjuder även stöd för de samtal och analyser som ska göras i kvalitetsindikatorn.',
        'Vi ger barnen möjlighet till olika sorters uttrycksformer (bild, form, drama, rörelse, sång, musik och dans) för att göra lärandet mångsidigt. Barnen möter och prövar digital teknik i vardagen och då med utgångspunkt i att barnen är aktiva producenter och inte passiva konsumenter. Genom att bekanta sig med analog och digital programmering utvecklar barnen en förståelse för den digitalisering de möter i vardagen.',
        'Barnen möter "språkande" pedagoger som använder sig av språkliga genrer där barnen uppmuntras till att kommunicera på olika sätt. Vi organiserar oss i mindre gruppkonstellationer där barnen får möjlighet till språkutrymme och gemensamt lärande. Vi läser, berättar sagor och samtalar i mindre grupper. Vi skapar sammanhang där barnen får möjlighet att återge fakta, argumentera, berätta och lyssna på varandras berättande. Barnen får förutsättningar att utveckla sitt språk genom att lyssna till högläsning och samtala om litteratur och andra texter.',
        'Vi är inlyssnande pedagoger med utgångspunkt i att barnen är transdisciplinära tänkare, dvs. barnen delar inte upp världen i olika ämnesområden utan går in i olika problemfält i sitt utforskande. Det kräver ett lyssnande till det vi inte självklart redan vet och delat in utan en öppenhet för barnens egna frågor och utforskande.',
        'Genom analyser av pedagogisk dokumentation försöker vi se och förstå vad som pågår i utbildningen, vilka lärprocesser som är pågående. Pedagogerna använder ett gemensamt reflektionsmaterial som stöd i arbetet med att se och utmana barnen i deras lärande.',
      ),
      resources: [
        'Ledningsgruppen',
        'Lärarforum',
        'Barnskötarforum',
        'Arbetslagsreflektion',
        'Enskild pedagogisk utvecklingstid',
        'Projektplan',
        'Undervisningsplan',
        'Lärloggar',
      ],
      followUp: [
        'Undervisningsplan',
        'Kvalitetsindikatorn',
        'Lärloggar',
        'Pedagogiska promenader',
        'Medarbetar- och lönesamtal',
        'Tertialrapport 1 och 2',
        'Verksamhetsberättelse',
      ],
      development: paras(
        'Arbetet med Skolplattformen och modulen "Planering och bedömning" (PoB:en) har utgjort ett utvecklingsområde på Hägerstenåsens förskolor de senaste två åren. Utvecklingsbehov kvarstår och under 2021 kommer vi att fortsätta att arbeta för att skapa en likvärdighet, inom utbildningen och inom stadsdelen.',
        'Flerspråkighet och interkulturalitet kommer under året att utgöra innehållet i utbildningens forum. Hösten 2020 avslutade vi med en storföreläsning i interkulturalitet med Jonas Stier som bl.a. kommer ligga till grund för utbildningens fortsatta arbete med att hitta arbetssätt för att ”göra interkulturalitet i praktiken” och skapa förståelse för språk och kommunikation.',
      ),
    }),
    unitGoal(3, 'nm-2.5-1', {
      title: 'Hägerstensåsens förskolor arbetar för att Hägersten-Älvsjö är en fossilfri organisation år 2030.',
      expectedResults: [
        'Barnens mat innehåller minst 60 % ekologiska, svenskproducerade produkter.',
        'Barnen har tillgång till giftfritt material.',
      ],
      workingMethods: paras(
        'Genom ett nära samarbete mellan pedagoger, kökspersonal och ledningsgrupp arbetar vi aktivt för att ständigt förbättra och utforma en klimatsmart utbildning och minska på dess klimatavtryck. Utförandet sker med grunden i hållbar utveckling och dess tre dimensioner (social hållbarhet, ekologisk hållbarhet & ekonomisk hållbarhet), för en positiv framtid.',
        'Matsedeln utformas på ett sätt där hållbar utveckling sätter riktlinjer för inköp av närodlat utifrån årstider, minskade inköp av rött kött samt mejeriprodukter, införandet av fler vegetariska måltider och i större utsträckning övergå till hembakat bröd. Vi väljer bort råvaror och produkter som utvinns genom processer som har stora klimatavtryck som t.ex. palmolja och väljer högre andel färska råvaror.',
        'Vi gör miljövänliga val vid alla inköp. Inköpen som görs till verksamheterna beaktas inte enbart utifrån ekonomisk hållbarhet, utan följer även de två andra dimensionerna: social hållbarhet och ekologisk hållbarhet, där produkters klimatpåverkan och etiska aspekter alltid bör övervägas mot kostnad för att enheten ska göra klimatsmarta val och prioriteringar vid inköp.',
        'Genom att göra stora gemensamma inköp minskas även leveransutkörning till våra förskolor.',
        'Vi följer kemikaliecentrums vägledning.',
        'Vi återvinner matavfall på samtliga förskolor för att bidra och hjälpa Stockholm Stad att på sikt bli fosilfritt, men även för att minska matsvinn.',
      ),
      resources: [
        'Ledningsgrupp',
        'Köksforum',
        'Infopärm för köken innehållande styr- och stöddokument',
        'Medarbetare med särskild kompetens',
      ],
      followUp: [
        'Ledningsgrupp',
        'Köksforum',
        'Medarbetar- lönesamtal',
        'Tertialrapport 1 och 2',
        'Verksamhetsberättelse',
      ],
      development: paras(
        'Utbildning för kökspersonal och medarbetare om nyttan med klimatsmarta val och klimatsmart matlagning samt arbete för att minska matsvinnet.',
        'Förskolorna introducerar sopsortering av plast på samtliga avdelningar för att barn och pedagoger tillsammans tidigt kan påvisa vikten av att inte släppa ut plast i naturen.',
      ),
    }),
    unitGoal(4, 'nm-3.1-1', {
      title: 'Hägerstensåsens förskolor bedriver verksamheten inom givna ekonomiska ramar och med barnens bästa i fokus.',
      expectedResults: [
        'Att ha en budget i balans för 2021.',
        'Alla resurser (människor, it, inköp, lokaler etc.) används utifrån sin fulla potential.',
      ],
      workingMethods: paras(
        'Vi har en tydlig struktur kring frånvaro och vikariehantering, som är väl förankrad bland medarbetarna.',
        'Vi genomför kontinuerlig (veckovis) kontroll av intäkter och barnintag.',
        'Vi anpassar kontinuerligt verksamheten efter resultaten och prognoserna som bearbetas månadsvis.',
        'Vi har en tydlig struktur kring inköp av pedagogiskt material som motiveras av ansvarig lärare och av bitr. rektor med ansvar för det pedagogiska kvalitetsarbetet.',
        'Vi har en tydlig struktur kring inköp av förbrukningsmaterial som motiveras av bitr. rektor.',
        'Vi har gemensamma APT och utvecklingsdagar på våra förskolor för att möjliggöra samverkan.',
        'Vi samarbetar och slår samman förskolorna under jul- och sommarledigheter för ett ökat resursutnyttjande.',
        'Vi samverkar enligt avtalen mellan arbetsgivare och berörda fackliga organisationer samt mellan förskolor och skolor.',
        'Vi samverkar med resursenhet för barn i behov av särskilt stöd.',
      ),
      resources: [
        'Ledningsgrupp',
        'Arbetsplatsledarna',
        'Bitr. rektor/Administratör',
        'Kö-handläggare',
        'Lokalintendent',
      ],
      followUp: [
        'Månatliga ekonomiprognoser med ekonomicontroller.',
        'Ledningsgrupp',
        'Tertialrapport 1 och 2',
        'Verksamhetsberättelse',
      ],
      development: '',
    }),
    unitGoal(5, 'nm-3.2-1', {
      title: 'Hägerstensåsens förskolor är en god arbetsgivare med en god arbetsmiljö.',
      expectedResults: [
        'Medarbetarna har goda förutsättningar att fokusera på kärnuppdraget.',
      ],
      workingMethods: paras(
        'Vår ledningsorganisation främjar ett tillgängligt och pedagogiskt ledarskap samt med syfte att skapa likvärdighet inom utbildningens förskolor. Vi har tydligt fördelade ansvarsområden i ledningen där rektor har det övergripande ansvaret för att utbildningen bedrivs enlighet med målen i läroplanen och uppdraget i dess helhet. De bit. rektorerna biträder, dvs. assisterar, rektorn med operativt ledningsstöd via delegation och fördelning av arbetsuppgifter. De har olika, tydligt specificerade ansvarsområden gentemot utbildningens förskolor. Pedagogisk utvecklingsledare assisterar rektor via delegation av pedagogiska arbetsuppgifter och arbetar praktiskt med att; bygga miljöer, köpa in och leverera material, arbeta med schematiska och organisatoriska insatser, finnas med i arbetslagen under exempelvis reflektion, lärarforum samt undervisa barnskötarna i barnskötarforumen som sker en gång i veckan, föreläser på APT samt organiserar kulturaktiviteter på hela enheten i syfte att öka likvärdigheten, sprida ny forskning samt hur vi på enheten förhåller oss till våra lokala styrdokument.',
        'På varje förskola har vi en arbetsplatsledare (APL) för att "freda" arbetet i barngrupp. Arbetsplatsledarna samordnar och leder det dagliga arbetet på förskolan och är den kommunikativa länken mellan ledningen och förskolan.',
        'Vikariehantering samt korttidsmobilisering av medarbetare vid sjukfrånvaro sköts av ledningen i syfte att skapa lugn och ro i arbetslagen och frigöra tid till kärnverksamhet. Dialogen med arbetsplatsledarna möjliggör ett ökat inflytande för verksamheterna.',
        'Ledningen leder det kollegiala kunskapandet, dels under lärarforum, barnskötarforum, reflektionsforum (arbetslag) samt praktiskt genom att bygga miljöer, köpa in och leverera material och med schematiska och organisatoriska insatser. Detta bidrar till utvecklingen av ett kollegialt och gemensamt yrkesspråk, något som möjliggör inflytande för alla och därmed bidrar till ett ökat psykosocialt välmående.',
        'Utbildningens mötesform är organiserade i syfte att möjliggöra inflytande och delaktighet för samtliga medarbetare. Forumen bidrar till individuell och kollektivt lärande samt till kollegialt lärande vilket innebär att alla får samma utbildning och information samt att allas kunskaper kommer till uttryck och bidrar till verksamhetens utveckling. Syftet med detta är att tydliggöra uppdragen samt att möjliggöra får dem olika yrkesgrupperna att ”veta” vad uppdraget innebär och vilka rättigheter och skyldigheter den enskilde arbetstagaren har. Att veta vad man ska göra på jobbet och kunna prioritera bidrar till en minskad stress. Vi har gemensamma APT (informationsdelen) och utvecklingsdagar på enheten för att möjliggöra samverkan mellan förskolorna och den kollegiala sammanhållningen på enheten. Vi har gemensamma lärarforum för enhetens lärare för att synliggöra och använda varandras kompetenser och stödja det professionella ledarskapet/uppdraget.',
        'Inköp och schemaläggning samordnas av ledningen för att frigöra tid för medarbetarna till kärnverksamheten och bidra till en ökad psykosocial hälsa.',
        'Vi har gemensam och särskilt avsatt pedagogisk utvecklingstid utanför schemat för ansvariga förskollärare i syfte att synliggöra och använda varandras kompetenser och stödja det professionella ledarskapet/uppdraget. Detta syftar till att möjliggöra kollektivt kunskapande och lärande, dessa forum möjliggör lärarna att samarbeta, snabbt få tag på varandra samt att kunna få tag på ledningsfunktioner eftersom alla i organisationen vet att lärarna arbetar administrativt dessa tider. I dessa forum skapas gemensamma strategier för undervisningen. När förskollärarna lättare förstår sitt uppdrag och kan ta hjälp av varandra samt erbjudas snabb hjälp av ledningen minskar stressen (den psykosociala arbetsmiljön).',
        'Ledningen genomför pedagogiska promenader i syfte att stödja arbetslagen och kvalitetssäkra utbildningen. De pedagogiska promenaderna, som görs utifrån ett bestämt tema, bidrar till fördjupade pedagogiska diskussioner och analyser mellan förskollärare/barnskötare och förskolans ledning. Eftersom alla i arbetslaget är välkomna att delta, vilket vi i ledningen tar ansvar och organiserar för, tänker vi att vi bidrar till delaktighet och inflytande.',
        'Vi har gemensamma interna styr- och stöddokument med syfte att skapa tydlighet för medarbetarna om vad som ska göras när och var. Detta stärker kvalitetsutvecklingen, frigör tid, minskar upplevd arbetsbörda och skapar likvärdighet. Alla medarbetare informeras om vilka interna/lokala styrdokument vi har samt hur dessa understödjer det pedagogiska och demokratiska uppdraget.',
        'På medarbetar- och lönesamtalet lägger vi grund för en god kommunikation och ömsesidiga krav och förväntningar. Individuella utvecklingsplaner görs då tillsammans i syfte att stödja den vidare yrkesutvecklingen i relation till vår utbildning. Det kan handla om att utmana medarbetaren till nya uppdrag inom utbildningen, stötta någon i arbetet med att lyckas i sitt uppdrag eller att dela med sig av sin kompetens.',
        'Ledningen är goda förebilder där förhållningssättet genomsyras av ett jämlikhetsperspektiv. Alla medarbetare har samma möjligheter och behandlas likvärdigt i fråga om arbetsförhållanden och anställningsvillkor. Vi arbetar med snabb feedback/återkoppling med syfte att bekräfta och utveckla medarbetarna. Återkopplingen är konstruktiv för att få medarbetarna och utbildningen att växa.',
        'Medarbetare som har visat särskilt intresse eller har spetskompetens inom ett område erbjuds möjligheten att dela med sig av sina kunskaper.',
        'Vi introducerar nya medarbetare till vår utbildning genom mentorskap. Nyexaminerade förskollärare erbjuds en introduktionsperiod under sitt första år. Genom introduktionsperioden får våra nyexaminerade förskollärare en väl planerad introduktion till yrkesprofessionen, till arbetsplatsen och till Hägersten-Älvsjö. Vi vill med detta stärka möjligheterna till engagemang, tillhörighet, delaktighet och insyn i organisationen på alla nivåer.',
        'I utbildningens arbetsmiljögrupp möter ledningen de lokala ombuden där en kontinuerlig dialog förs kring våra enhetsmål och vårt uppdrag.',
        'Projektet "förbättrad arbetssituation för barnskötare och förskollärare" är avslutat, men arbetet kommer att implementeras i det ordinarie arbetsmiljöarbetet på Hägerstensåsens förskolor.',
      ),
      resources: [
        'Ledningsgrupp',
        'Lärarforum',
        'Barnskötarforum',
        'Arbetsmiljögrupp/lokala skyddsombuden',
        'HR',
      ],
      followUp: [
        'Medarbetarenkät',
        'Medarbetar- och lönesamtal',
        'Tertialrapport 1 och 2',
        'Verksamhetsberättelse',
      ],
      development: '',
    }),
  ],
  indicators: [],
  activities: [],
};
