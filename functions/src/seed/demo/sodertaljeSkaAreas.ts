/**
 * Förbättrings- and utvecklingsområden of seed 003's SKA plans, the förskola's parts:
 * - läsåret 2018/2019 in the förskola's plan (*Gemensamma förbättringsområden* and *Utvecklingsområden*,
 *   year 2018): Bakgrund (till avgränsningen), Önskvärd förbättring / kvalitet (`desired`), Spår i
 *   undervisningen / Spår och bevis (`evidence`), Åtgärder, Tidsplan, Uppföljning (`followUpPlan`);
 * - the förskola's förbättringsområde in the municipality's plan (scope kommun, under *Förskolans
 *   förbättringsområde*): Bakgrund, Förväntade effekter, and who decides (the sentence it is prioritised
 *   by and the one printed under Åtgärder, in `decidedBy`);
 * - läsåret 2017/2018's areas as the 2018/2019 plan follows them up (year 2017; only their titles and
 *   `followUp` are printed): Önskvärd förbättring, Vidtagna åtgärder, Resultat (its paragraphs from
 *   'Bedömningen är …' on are the `assessment`), Framtida behov.
 * Copied from the PDF-extracted text: bullets (U+F0B7) as lines, line wraps joined, words broken at a
 * hyphen joined ('Bordercrossing-utställningen'; 'språk- och' kept), doubled spaces single; spelling kept
 * as printed ('systametiska', 'syetmatiska', 'gemtemot', 'askulterar', 'vårdnadshavre', 'utryck',
 * 'Framtids behov'). Not kept: the sub-heading 'I barngruppen' over the 2018/2019 förbättringsområde's
 * Önskvärd förbättring (its bullets are).
 */
import type { SkaArea, SkaAreaType, SkaFollowUp } from '@vp/shared';
import { sodertaljeForvaltningId } from './sodertalje';

const paragraphs = (...texts: string[]) => texts.join('\n\n');

type Planned = Pick<SkaArea, 'background' | 'desired' | 'evidence' | 'actions' | 'timeline' | 'followUpPlan'>;

const base = (year: number, scope: SkaArea['scope'], type: SkaAreaType, order: number, number: number | null, title: string): SkaArea => ({
  id: `sdt-ska-${year}-${scope}-${type === 'forbattringsomrade' ? 'fo' : 'uo'}-${number ?? order + 1}`,
  forvaltningId: sodertaljeForvaltningId,
  unitId: null,
  year,
  scope,
  order,
  type,
  number,
  title,
  group: null,
  decidedBy: '',
  background: '',
  desired: [],
  evidence: [],
  focus: [],
  actions: [],
  timeline: '',
  followUpPlan: '',
  followUp: null,
});

let plannedOrder = 0;
function planned(type: SkaAreaType, number: number | null, title: string, fields: Planned): SkaArea {
  return { ...base(2018, 'forskola', type, plannedOrder++, number, title), ...fields };
}

let followedOrder = 0;
function followedUp(type: SkaAreaType, number: number, title: string, followUp: SkaFollowUp): SkaArea {
  return { ...base(2017, 'forskola', type, followedOrder++, number, title), followUp };
}

/** The förskola's plan 2018/2019. */
export const sodertaljeForskolaAreas: SkaArea[] = [
  planned('forbattringsomrade', null, 'Språk- och kunskapsutvecklande arbetssätt', {
    background: 'I Södertälje bor människor ifrån alla världens hörn och det är också en del av stadens kultur och identitet. Det är en styrka men det innebär också att vi har en stor utmaning i att ge alla våra barn den språkliga kompetens som en framtida skolframgång kommer att kräva. Det kräver därför att vi som arbetar i förskolan måste ha en hög kompetens inom språk – och kunskapsutvecklande arbetssätt.',
    desired: [
      'Barnen använder sig av ett väl utvecklat talspråk',
      'Barnen använder sig flera olika uttryck i sin kommunikation med omgivningen',
      'Barnen använder allt fler synonymer och begrepp inom olika genrer',
    ],
    evidence: [
      'Pedagoger som ställer utmanande och utforskande frågor och använder sig av ett rikt och nyanserat talspråk',
      'Det finns ett pågående litteraturarbete som syns i miljö och materialval på förskolorna',
      'De digitala verktygen möjliggör kommunikation, utforskande, dokumentation och expansion av barnens olika språk och uttryck',
    ],
    actions: [
      'FSU nätverket, centrala pedagogistor och ateljeristor, utvecklingsledare och modersmålspedagoger kommer att utbildas i SOKA av utvecklingsledare.',
      'Tidigare utbildade processtödjare kommer att få en nystart i SOKA och ledas i nätverk av utvecklingsledare(nyanställd sådan)',
      'Workshops och utbildningsinsatser i stadsateljén med inriktning på digitalitet och utryck, språk och kommunikation',
      'Alla enheter ingår i ett kommungemensamt berättandeprojekt, där barnens erfarenheter är i centrum. Berättande med hjälp av flera, olika uttryck',
    ],
    timeline: 'På grund av att de önskvärda förbättringarna är så avgränsade så är tidplanen ett läsår. Alla åtgärder ska vara påbörjade under läsåret och utvärderas i nästa års systematiska kvalitetsrapport.',
    followUpPlan: 'Verksamhetsbesök, dokumentationer och reflekterande samtal löpande under läsåret. I det systametiska kvalitetsarbetet under',
  }),
  planned('utvecklingsomrade', 1, 'Pedagogisk ledning', {
    background: 'Vi ser att det finns ett behov inom förskolan att höja nivån på de lägst utbildade i verksamheterna. Vi behöver tydliggöra lärprocesser i alla led.',
    desired: [
      'Ledningen har höga förväntningar och kvalitetskrav på medarbetarna och en tydlig process för att följa upp och stödja medarbetarnas lärande',
    ],
    evidence: [
      'Fler har förståelse för uppdraget.',
      'Fler i verksamheten utgår från barnens erfarenheter och behov i sin planering.',
      'Bättre resultat i HME och i skattningen av detta normalläge våren 2019',
    ],
    actions: [
      'Fortsätta med den centrala insatsen där pedagogistor och ateljeristor håller en basutbildning för medarbetare som behöver förbättra sin förståelse för uppdraget.',
      'Fortsätta arbetet med att skapa ramar och förutsättningar för de som är outbildade i organisationen',
      'Tillsammans med fack och HR arbeta fram förväntasstrukturer för den nya yrkeskategorin.',
    ],
    timeline: 'På grund av att de önskvärda förbättringarna är så avgränsade så är tidplanen ett läsår. Alla åtgärder ska vara påbörjade under läsåret och utvärderas i nästa års systematiska kvalitetsrapport.',
    followUpPlan: 'Verksamhetsbesök, dokumentationer och reflekterande samtal löpande under läsåret. I det systametiska kvalitetsarbetet under läsåret och i den syetmatiska kvalitetsrapporten våren 2019',
  }),
  planned('utvecklingsomrade', 2, 'Lärande organisation', {
    background: 'Det finns lärtillfällen för hela organisationen men detta arbete följs inte upp i tillräcklig hög grad.',
    desired: [
      'I organisationen finns ett strukturerat och behovsstyrt kollegialt lärande som leder till att undervisningen utvecklas och förbättras.',
    ],
    evidence: [
      'Det finns ett organiserat och strukturerat kollegialt lärande på enheterna med kontinuitet samt en tydlig process för detta.',
      'Fler lärtillfällen är målstyrda i verksamheten.',
    ],
    actions: [
      'Skapa nätverk där det kollektiva lärandet kring kvalitet i verksamheten är i centrum på alla nivåer i organisationen ex. i förskolans ledningsgrupp med både processledare från Reggio Emilia institutet och utvecklingsledare i SOKA.',
      'Nätverk i hela styrkedjan för att säkerställa att alla led får tillräcklig kunskap om organisationens utvecklingsbehov.',
      'Ett årshjul som är kommunicerat och följs för att säkerställa att vi följer de ramar och strukturer vi har kommer att implementeras.',
    ],
    timeline: 'På grund av att de önskvärda förbättringarna är så avgränsade så är tidplanen ett läsår. Alla åtgärder ska vara påbörjade under läsåret och utvärderas i nästa års systematiska kvalitetsrapport.',
    followUpPlan: 'Verksamhetsbesök, dokumentationer och reflekterande samtal löpande under läsåret. I det systametiska kvalitetsarbetet under läsåret och i den syetmatiska kvalitetsrapporten våren 2019',
  }),
  planned('utvecklingsomrade', 3, 'Mål- och resultatstyrning', {
    background: 'Vi kan se att resultat samlas in men att de i allt för liten utsträckning styr verksamhetens utveckling och val av åtgärder.',
    desired: [
      'Måluppfyllelsen och resultatutvecklingen analyseras i dialog mellan ledning och medarbetare, vilka därefter säkrar att nödvändiga förändringar genomförs på både lednings- och medarbetarnivå.',
    ],
    evidence: [
      'Fler har förståelse för uppdraget.',
      'Det kollegiala lärandet utgår från de resultat och analyser som görs på olika nivåer i verksamheten.',
    ],
    actions: [
      'Kvalitetsdialoger införs på FLG',
      'En översyn av kriterierna i de digitala journalerna genomförs.',
    ],
    timeline: 'På grund av att de önskvärda förbättringarna är så avgränsade så är tidplanen ett läsår. Alla åtgärder ska vara påbörjade under läsåret och utvärderas i nästa års systematiska kvalitetsrapport.',
    followUpPlan: 'Verksamhetsbesök, dokumentationer och reflekterande samtal löpande under läsåret. I det systematiska kvalitetsarbetet under läsåret och i den systematiska kvalitetsrapporten våren 2019',
  }),
  planned('utvecklingsomrade', 4, 'Stärka kvalitén i undervisningen', {
    background: 'Det finns en missuppfattning bland många pedagoger att när de ska utgå ifrån barnens erfarenheter, inte ska leda barngruppen utan följa den. Ledarskapet hos medarbetarna måste därför återerövras och utvecklas så att undervisningen leds av pedagogerna men utgår ifrån barnens erfarenhetsvärld.',
    desired: [
      'I undervisningen finns en hög grad av ledarskapskompetens som säkrar att undervisningen är målstyrd och att det råder arbetsro.',
    ],
    evidence: [
      'Barnen är delaktiga i reflektioner kring sitt eget lärande.',
      'Det är barnens erfarenheter som styr projektens innehåll och undervisningens inriktning.',
      'Processväggar på alla avdelningar där alla som är delaktiga i avdelningen tillsammans kan reflektera över verksamhetens innehåll och inriktning.',
    ],
    actions: [
      'Nätverk i hela organisationens alla led.',
      'RE-Bas utbildning till medarbetare som saknar pedagogisk utbildning.',
      'Workshops och utbildningsinsatser i stadsateljén med inriktning på digitalitet och utryck, språk och kommunikation',
      '5 avdelningslag har tilldelats FoU medel med fokus språk- och kunskapsutvecklande arbetssätt',
    ],
    timeline: 'På grund av att de önskvärda förbättringarna är så avgränsade så är tidplanen ett läsår. Alla åtgärder ska vara påbörjade under läsåret och utvärderas i nästa års systematiska kvalitetsrapport.',
    followUpPlan: 'Verksamhetsbesök, dokumentationer och reflekterande samtal löpande under läsåret. I det systametiska kvalitetsarbetet under läsåret och i den syetmatiska kvalitetsrapporten våren 2019',
  }),
];

/** Läsåret 2017/2018's areas with their follow-up, as printed in the 2018/2019 plan's Resultat. */
export const sodertaljeForskolaFollowUps: SkaArea[] = [
  followedUp('forbattringsomrade', 1, 'Språk- och kunskapsutvecklande arbetssätt utifrån social hållbarhet', {
    desiredImprovement: [
      'Barnens förutsättningar när de lämnade förskolan är likvärdig, oavsett vilken förskola de har tillbringat sin barndom i',
      'Barnen har ett rikt och omfattande språk som de använder inom alla genrer utifrån ålder och mognad',
      'Barnen känner sig kompetenta och känner en framtidstro när de går över till förskoleklass',
      'Det normkritiska arbetet leder till att barn och vuxna använder språk, miljö och material som inte begränsar lärandet utan berikar det',
    ],
    actionsTaken: [
      'Implementerat miljö-och materialmatris i alla enheter',
      'Lärande samtal har etablerats i alla enheter som en del av ett kollegialt lärande, nätverk',
      'Anniqa Sandell Ring har arbetat riktat mot Ronna Karlhovs förskoleområde för att skapa en litteracitetsprofil',
      'Anniqa Sandell Ring har lett nätverk med processtödjare från verksamheten',
      'Föreläsningar har vid efterfrågan hållits om SOKA av Utvecklingsledare på flera förskoleområden',
      'Normpiloterna har blivit fler och askulterar i fler områden',
      'Bordercrossing – utställningen i samverkan med Reggio Emilia institutet anordnades och bidrog till en massiv kompetensutveckling för samtliga medarbetare i Södertäljes kommunala förskolor.',
    ],
    result: paragraphs(
      'Basmiljöer garanterar en hög lägstanivå på alla kommunens förskolor, det är en del i arbetet med att få en likvärdig förskola för alla barn.',
      'Vi har fortfarande lång väg att gå när det gäller att säkra att alla barn har ett rikt och omfattande språk och ett fortsatt arbete med detta mål är därför av största vikt.',
      'I de områden där normpiloterna har askulterat är de pedagogiska miljöerna och materialen allt mer tillåtande och gränsöverskridande. Medarbetarna i dessa områden uppvisar också ett allt mer kritiskt förhållningssätt till inarbetade normer i sin egen verksamhet.',
      'Bordercrossing har introducerat de digitala lärmiljöerna i alla förskoleområden och säkrar att även de digitala grundkompetenserna är introducerade till alla medarbetare i verksamheterna.',
    ),
    assessment: 'Bedömningen är att målet som helhet är inte uppnått. De planerade insatserna är genomförda men utifrån målets omfattande innehåll har dessa insatser inte varit tillräckliga. Inom det normkritiska perspektivet så har verksamheterna närmat sig en bättre måluppfyllelse och vi kommer därför inte att ha med det perspektivet i nästa läsårs målformulering',
    futureNeeds: 'Vi kommer att arbeta vidare med SOKA som förbättringsområde även 2018-2019',
  }),
  followedUp('forbattringsomrade', 2, 'Hållbar utveckling utifrån ett ekologiskt perspektiv', {
    desiredImprovement: [
      'Barnen har tillägnat sig ett varsamt och respektfullt förhållningssätt och förstår sin delaktighet i naturens kretslopp',
      'Barnen har tillägnat sig ett ifrågasättande och problemlösande perspektiv i möten med naturen',
    ],
    actionsTaken: [
      'Bordercrossing – utställningen i samverkan med Reggio Emilia institutet anordnades och bidrog till en massiv kompetensutveckling för samtliga medarbetare i Södertäljes kommunala förskolor.',
      'De centrala pedagogistorna och ateljeristorna har arbetat med riktade uppdrag gemtemot 4 förskoleområden',
      'De centrala pedagogistorna och ateljeristorna har haft en basutbildning som varit riktad till våra medarbetare som saknar grundutbildning i pedagogik och/eller förståelse för Reggio Emiliainspirerad förskoleverksamhet (40 platser).',
      'Fortsatt samarbete med Tom Tits Experiment med verksamhetsförlagd handledning inom två förskoleområden.',
    ],
    result: 'De åtgärder som vi vidtagit har varit gynnsamma, både för de enskilda enheter som fått extra stöd av pedagogista och/eller ateljerista och för hela verksamheten som har fått utbildning i och med Bordercrossing. Det ser jag i de nya lärmiljöer som förskolorna möblerar och dukar fram till barnen. De erbjuder i allt högre grad material som stödjer barnens utforskande och problemlösande.',
    assessment: 'Bedömningen är att de önskvärda förbättringar som vi satt upp för detta förbättringsområde är allt för breda och svåra att bedöma om verksamheterna verkligen uppnår. Under nästa läsår kommer vi inte att ha detta förbättringsområde i planen för det systematiska kvalitetsarbetet. Barnens möjlighet att utveckla dessa förmågor kommer vi ändå att kunna följa i resultatuppföljningen inom det prioriterade kunskapsområdet naturvetenskap och teknik.',
    futureNeeds: 'Vi kommer inför nästa läsår att lägga allt fokus på ett avgränsat förbättringsområde, språk- och kunskapsutvecklande arbetssätt.',
  }),
  followedUp('utvecklingsomrade', 1, 'Pedagogisk ledning', {
    desiredImprovement: [
      'Ledningen har höga förväntningar och kvalitetskrav på medarbetarna och en tydlig process att följa upp och stödja medarbetarnas lärande',
    ],
    actionsTaken: [
      'Infört processväggar/processytor på alla förskolor',
      'Förändrat mötesstrukturen för förskolornas ledningsgrupp FLG utifrån det funktionellt delade ledarskapet som de flesta av enheterna i kommunens förskolor arbetar utifrån.',
      'FLG som arena där förskolechefer och enhetschefer gemensamt tar ansvar för förskolornas utvecklingsarbete och riktning.',
      'Infört tätare verksamhetsbesök med verksamheternas förbättrings- och utvecklingsarbete som grund för samtalet',
    ],
    result: paragraphs(
      'Processväggarna/ytorna har i de allra flesta fallen bidragit till att alla i verksamheten har fått en tydligare struktur som de följer för att följa upp och stödja medarbetarnas och barnens olika lärprocesser. Verksamheterna kan på ett allt mer differentierat sätt stötta alla medarbetare och barn att utvecklas från den nivå de befinner sig på.',
      'På ledningsnivå har den förändrade strukturen lett till att rätt frågor hamnar i rätt forum. Det har skapat en tydlighet men också fördjupade diskussioner i både pedagogiska och organisatoriska/administrativa frågor. De tätare verksamhetsbesöken bidrar även de till en fördjupad diskussion och där framkommer tydligare det som är aktuellt i varje förskoleområde. Det finns således forum för både det enskilda och det gemensamma.',
    ),
    assessment: 'Bedömningen är att målet bara delvis är uppnått och det kommer därför finnas kvar som utvecklingsområde även nästa läsår.',
    futureNeeds: 'Ledningen har höga förväntningar och kvalitetskrav på medarbetarna och en tydlig process för att följa upp och stödja medarbetarnas lärande.',
  }),
  followedUp('utvecklingsomrade', 2, 'Lärande organisation', {
    desiredImprovement: [
      'I organisationen finns ett strukturerat och behovsstyrt kollegialt lärande som leder till att lärandet utvecklas och förbättras utifrån en ökad samsyn om vad som kännetecknar hög kvalitet i arbetet med förskolans prioriterade kunskapsområden',
    ],
    actionsTaken: [
      'Processledare från Reggio Emiliainstitutet, har haft nätverk med FSU under höstterminen och med förskolecheferna under vårterminen inför och efter Bordercrossing-utställningen',
      'De centrala pedagogistorna och ateljeristorna har haft en basutbildning som varit riktad till våra medarbetare som saknar grundutbildning i pedagogik och/eller förståelse för Reggio Emiliainspirerad förskoleverksamhet (40 platser).',
      'Bordercrossing–utställningen i samverkan med Reggio Emilia institutet anordnades och bidrog till en massiv kompetensutveckling för samtliga medarbetare i Södertäljes kommunala förskolor.',
      'Tom Tits experiment har i nätverksform haft utbildning i naturvetenskap och teknik, både på höstterminen och under våren. De har även givit två avdelningar verksamhetsnära handledning i deras projektarbeten.',
      'De centrala pedagogistorna och ateljeristorna har arbetat i 4 olika förskoleområden för att stödja enheternas arbete med att organisera för kollegialt lärande',
    ],
    result: paragraphs(
      'I förskolechefsgruppen har vi under läsåret haft flera tillfällen då vi fördjupat oss i kvalitetdialoger som stärkt gruppen som helhet och den gemensamma målbilden för Södertälje kommuns förskolor.',
      'Samarbetet med Tom Tits experiment med nätverk i naturvetenskap och teknik har fortsatt varit mycket gynnsamma för de medarbetare och avdelningar som är med i nätverken. Det syns i resultaten i journalerna där måluppfyllelsen inom naturvetenskap och teknik fortsätter att öka.',
      'Likvärdigheten i våra olika områden har ökat och de kollegiala lärtillfällena har blivit fler i alla delar av organisationen.',
      'I de områden som de centrala pedagogistorna och ateljeristorna har arbetat är de kollegiala lärtillfällena strukturerade och de har bidragit till att fler medarbetare har fått möjlighet att fördjupa sina kompetenser tillsammans med andra i verksamheten.',
    ),
    assessment: 'Bedömningen är att trots att vi ser att det kollegiala lärandet har utvecklats i organisationen så behöver vi fortsätta att arbeta med detta utvecklingsområde. Det kollegiala lärandet måste bli institutionaliserat och finnas i hela styrkedjan.',
    futureNeeds: 'I organisationen finns ett strukturerat och behovsstyrt kollegialt lärande som leder till att undervisningen utvecklas och förbättras.',
  }),
  followedUp('utvecklingsomrade', 3, 'Mål- och resultatstyrning', {
    desiredImprovement: [
      'Barns lärande och utveckling är väl kommunicerad och känd hos ledare, medarbetare, barnen och vårdnadshavare',
    ],
    actionsTaken: [
      'Infört processväggar/processytor inom alla förskoleområden',
      'Utvecklingssamtal i grupp och enskilda samtal har erbjudits alla vårdnadshavare',
      'FSU-nätverket arbetade fram ett dokument kring Södertäljes samverkan med vårdnadshavarna under hösten 2017',
    ],
    result: paragraphs(
      'Nu arbetar alla förskoleområden med någon form av processvägg. De finns dock inte på alla förskolor men arbetet är påbörjat i alla organisationer. Processväggarna ser lite olika ut och det signalerar i sin tur att det finns olika stor förståelse för hur och varför de ska arbeta med processväggarna ute på avdelningarna. Där det fungerar som bäst signalerar medarbetare och vårdnadshavare att de har stort stöd i dem i deras dagliga kontakt med varandra. Det skapar möjlighet till delaktighet för alla inblandade i den dagliga verksamheten – medarbetare, barn och vårdnadshavare.',
      'I den årliga brukarenkäten signalerar också allt fler vårdnadshavre att de bedömer att de får kunskap om sina barns utveckling och lärande, både enskilt och i grupp.',
      'FSU-nätverkets framarbetade material hamnade tyvärr i ett sorts vakuum och det har inte bearbetats vidare då det redan tidigare under förra året givits ut en broschyr från Södertälje kommun med gemensamma riktlinjer för samverkan och delaktighet med vårdnadshavarna på förskolan.',
    ),
    assessment: 'Bedömningen är därför att detta mål är uppnått.',
    futureNeeds: 'Måluppfyllelsen och resultatutvecklingen analyseras i dialog mellan ledning och medarbetare, vilka därefter säkrar att nödvändiga förändringar genomförs på både lednings- och medarbetarnivå.',
  }),
  followedUp('utvecklingsomrade', 4, 'Kvalitet i undervisningen', {
    desiredImprovement: [
      'I undervisningen finns en hög grad av ledarkompetens som säkrar att undervisningen är målstyrd och att det råder arbetsro',
    ],
    actionsTaken: [
      'Infört processväggar/processytor inom alla förskoleområden',
      'Förskolornas barnhälsoteam har genomfört en utbildningsinsats via Specialpedagogiska myndighetens utbildningsmoduler',
      'Två arbetslag i två olika förskoleområden fick FoU bidrag för att utveckla lärandet på sina avdelningar, kopplat till metoder inom det språk- och kunskapsutvecklande arbetssätt.',
      'Fortsatt satsning på FSU och centrala pedagogistor och ateljeristor med fokus på pedagogiska miljöer, ateljekultur och pedagogisk dokumentation.',
      'Bordercrossing–utställningen i samverkan med Reggio Emilia institutet anordnades och bidrog till en massiv kompetensutveckling för samtliga medarbetare i Södertäljes kommunala förskolor.',
      'De centrala pedagogistorna och ateljeristorna har haft en basutbildning som varit riktad till våra medarbetare som saknar grundutbildning i pedagogik och/eller förståelse för Reggio Emiliainspirerad förskoleverksamhet (40 platser).',
    ],
    result: paragraphs(
      'Processväggarna finns nu inom alla förskoleområden men kompetensen kring hur de ska berika och förstärka verksamhetens arbete med barnen är fortsatt ojämn.',
      'De två arbetslagen som fick FoU har haft god genomslagskraft i den egna verksamheten och ett av projekten har även delats i större samanhang i samband med BC. Utbildningen som alla barnhälsoteam deltagit i har gett mycket positiva reaktioner och alla enheters arbete kring barn med rätt till särskilda anpassningar har utvecklats på ett bra sätt. Verksamheterna erbjuder idag en allt mer inkluderande verksamhet.',
      'I de enheter som fått ta del av de centrala pedagogistorna eller ateljeristorna redovisar alla att de upplever att verksamhetens strukturer hålls och kvaliteten på de lärande samtalen har höjts och fördjupats.',
      'Bordercrossing och ReMida blev en lyckad och kommungemensam mötesplats. Utställningen har bidragit till att allt fler barn dagligen möter utmanande och utvecklande digitala lärmiljöer. I kölvattnet på utställningen har även det IKT- nätverk som vi inför utställningen, väckte till liv, har blivit nominerat av DIU till Guldäpplet.',
      'Minst resultat i den dagliga verksamheten har basutbildningen givit. Här fanns det oklarheter kring vilka som skulle skickas på utbildningen och varför. Det fanns heller ingen gemensam struktur på hur deras utveckling och förändrade kunskaper skulle följas upp efter avslutad kurs.',
      'Avslutningsvis kan jag konstatera att de utförda och planerade åtgärderna inte nödvändigtvis varit riktade mot den önskvärda förbättringen.',
    ),
    assessment: 'Bedömningen är att målet inte är uppnått utan kommer att följa med oss in i nästa års plan för systematiskt kvalitetsarbete.',
    futureNeeds: 'I undervisningen finns en hög grad av ledarskapskompetens som säkrar att undervisningen är målstyrd och att det råder arbetsro.',
  }),
];

/** The förskola's förbättringsområde as the municipality's plan 2018/2019 prints it. */
export const sodertaljeKommunForskolaArea: SkaArea = {
  ...base(2018, 'kommun', 'forbattringsomrade', 0, 1, 'Språk- och kunskapsutvecklande arbetssätt'),
  group: 'Förskolans förbättringsområde',
  decidedBy: paragraphs(
    'De förbättringsområden som förskolan prioriterar har fastställts av verksamhetschefen för förskolan i dialog med utbildningsdirektör och förskolechefer.',
    'De åtgärder som vidtas på verksamhetsnivå beslutas av verksamhetschef för förskolan och framgår i Förskolans plan för systematiskt kvalitetsarbete. Utöver de åtgärder som sker på verksamhetsnivå ska enheterna på sin nivå vidta åtgärder utifrån resultat och behov.',
  ),
  background:
    'I Södertäljes förskolor har 65 % av barnen har ett annat modersmål än svenska. Att förutsättningar skapas för att barn ska kunna utveckla både sitt modersmål och det svenska språket är avgörande för deras framtid. Förskolan måste stärka sitt språk- och kunskapsutvecklande arbetssätt.',
  desired: [
    'Barnen använder sig av ett väl utvecklat talspråk',
    'Barnen använder sig flera olika uttryck i sin kommunikation med omgivningen',
    'Barnen använder allt fler synonymer och begrepp inom olika genrer',
  ],
};

export const sodertaljeAreas: SkaArea[] = [sodertaljeKommunForskolaArea, ...sodertaljeForskolaAreas, ...sodertaljeForskolaFollowUps];
