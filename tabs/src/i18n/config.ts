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
};
export const config = { sv, en };
