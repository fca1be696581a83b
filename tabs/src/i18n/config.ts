// Strings of the Teams configuration page.
const sv = {
  title: 'Lägg till verksamhetsplanen',
  intro: 'Välj vilken enhets plan fliken ska visa. Du kan ändra det senare i flikens inställningar.',
  tabName: (unit: string, year: number) => `Verksamhetsplan ${year} – ${unit}`,
  chooseUnitFirst: 'Välj en enhet för att kunna spara.',
};
const en: typeof sv = {
  title: 'Add the operational plan',
  intro: 'Choose which unit’s plan the tab shows. You can change it later in the tab’s settings.',
  tabName: (unit: string, year: number) => `Operational plan ${year} – ${unit}`,
  chooseUnitFirst: 'Choose a unit to be able to save.',
};
export const config = { sv, en };
