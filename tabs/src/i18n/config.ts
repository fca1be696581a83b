// Strings of the Teams configuration page.
const sv = {
  title: 'Lägg till verksamhetsplanen',
  intro: 'Välj vilken enhets plan fliken ska visa. Du kan ändra det senare i flikens inställningar.',
  tabName: (unit: string, year: number) => `Verksamhetsplan ${year} – ${unit}`,
  chooseUnitFirst: 'Välj en enhet för att kunna spara.',
  linkedHere: 'Enheten är kopplad till det här teamet: teamets medlemmar arbetar i enhetens plan efter sin roll.',
  notLinked:
    'Enheten är inte kopplad till något team än. När du sparar kopplas den till det här teamet, och teamets medlemmar arbetar sedan i enhetens plan efter sin roll (rektor eller personal).',
  linkedElsewhere:
    'Enheten är kopplad till ett annat team. Kopplar du den till det här teamet i stället arbetar det här teamets medlemmar i enhetens plan efter sin roll, och det andra teamets medlemmar gör det inte längre.',
  linkHere: 'Koppla enheten till det här teamet',
  linkHereInstead: 'Koppla enheten till det här teamet i stället',
  linkFailed: 'Enheten kopplades inte till teamet',
  linkFailedHint: 'Ta bort bocken och spara igen för att lägga till fliken utan att koppla enheten, eller försök spara igen.',
  configFailed: 'Teams kunde inte spara fliken',
  configFailedHint: 'Försök spara igen.',
  // The first link, made from the Team by someone no unit is linked to yet.
  firstLinkTitle: 'Vilken enhet hör teamet till?',
  firstLinkIntro:
    'Ingen enhet är kopplad till dig i Verksamhetsplan än. Välj den enhet som det här teamet hör till och koppla den till teamet. Då kan du arbeta i enhetens plan, och teamets medlemmar kan göra det efter sin roll (rektor eller personal).',
  firstLinkChooseUnit: 'Välj enheten som det här teamet hör till.',
  firstLinkButton: 'Koppla enheten till teamet',
  firstLinking: 'Kopplar enheten…',
  firstLinked: 'Enheten är kopplad till teamet. Inställningarna öppnas…',
  firstLinkNone:
    'Det finns ingen enhet som du kan koppla till det här teamet. Rektor kan koppla en enhet som inte är kopplad till något team än, och avdelningschefen kan koppla alla förvaltningens enheter. Be avdelningschefen att koppla din enhet till det här teamet.',
  firstLinkFailedHint: 'Försök igen, eller välj en annan enhet.',
  // The first link of a förvaltning, made from its leadership's Team by a holder of the Avdelningschef role.
  firstForvaltningTitle: 'Koppla förvaltningen till teamet',
  firstForvaltningIntro:
    'Ingen förvaltning är kopplad till dig i Verksamhetsplan än. Är det här förvaltningsledningens team kopplar du förvaltningen hit; då arbetar du som avdelningschef i Verksamhetsplan.',
  firstForvaltningOffer: (name: string) => `Koppla ${name} till det här teamet (förvaltningsledningens team).`,
  firstForvaltningButton: 'Koppla förvaltningen till det här teamet',
  firstForvaltningLinking: 'Kopplar förvaltningen…',
  firstForvaltningLinked: 'Förvaltningen är kopplad till teamet. Inställningarna öppnas…',
  firstForvaltningNone:
    'Det finns ingen förvaltning som du kan koppla till det här teamet. En förvaltning som inte är kopplad än kopplas från förvaltningsledningens team av den som har rollen Avdelningschef; är den redan kopplad kan bara dess avdelningschef ändra kopplingen.',
  firstForvaltningFailed: 'Förvaltningen kopplades inte till teamet',
};
const en: typeof sv = {
  title: 'Add the operational plan',
  intro: 'Choose which unit’s plan the tab shows. You can change it later in the tab’s settings.',
  tabName: (unit: string, year: number) => `Operational plan ${year} – ${unit}`,
  chooseUnitFirst: 'Choose a unit to be able to save.',
  linkedHere: 'The unit is linked to this team: the team’s members work in the unit’s plan according to their role.',
  notLinked:
    'The unit is not linked to a team yet. When you save, it is linked to this team, and the team’s members then work in the unit’s plan according to their role (principal or staff).',
  linkedElsewhere:
    'The unit is linked to another team. If you link it to this team instead, this team’s members work in the unit’s plan according to their role, and the other team’s members no longer do.',
  linkHere: 'Link the unit to this team',
  linkHereInstead: 'Link the unit to this team instead',
  linkFailed: 'The unit was not linked to the team',
  linkFailedHint: 'Clear the check box and save again to add the tab without linking the unit, or try saving again.',
  configFailed: 'Teams could not save the tab',
  configFailedHint: 'Try saving again.',
  firstLinkTitle: 'Which unit does this team belong to?',
  firstLinkIntro:
    'No unit is linked to you in the operational plan yet. Choose the unit this team belongs to and link it to the team. You can then work in the unit’s plan, and the team’s members can do so according to their role (principal or staff).',
  firstLinkChooseUnit: 'Choose the unit this team belongs to.',
  firstLinkButton: 'Link the unit to the team',
  firstLinking: 'Linking the unit…',
  firstLinked: 'The unit is linked to the team. Opening the settings…',
  firstLinkNone:
    'There is no unit you can link to this team. A principal can link a unit that is not linked to a team yet, and the head of department can link all of the administration’s units. Ask the head of department to link your unit to this team.',
  firstLinkFailedHint: 'Try again, or choose another unit.',
  firstForvaltningTitle: 'Link the administration to the team',
  firstForvaltningIntro:
    'No administration is linked to you in the operational plan yet. If this is the administration’s leadership team, link the administration here; you then work as head of department in the operational plan.',
  firstForvaltningOffer: (name) => `Link ${name} to this team (the administration’s leadership team).`,
  firstForvaltningButton: 'Link the administration to this team',
  firstForvaltningLinking: 'Linking the administration…',
  firstForvaltningLinked: 'The administration is linked to the team. Opening the settings…',
  firstForvaltningNone:
    'There is no administration you can link to this team. An administration that is not linked yet is linked from its leadership team by someone with the head of department role; once it is linked, only its head of department can change the link.',
  firstForvaltningFailed: 'The administration was not linked to the team',
};
export const config = { sv, en };
