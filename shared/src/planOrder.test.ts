import { isEconomySection, sectionsAroundGoals } from './planOrder';

const keys = (...k: string[]) => k.map((key) => ({ key }));
const split = (...k: string[]) => {
  const { beforeGoals, afterGoals } = sectionsAroundGoals(keys(...k));
  return [beforeGoals.map((s) => s.key), afterGoals.map((s) => s.key)];
};

it('puts the economy part and what follows it after the goals, as the plans print it', () => {
  expect(
    split('inledning', 'verksamhetsbeskrivning', 'kompetensutveckling', 'redovisning-av-ekonomi', 'resursanvandning', 'budget-2021', 'ovrigt'),
  ).toEqual([
    ['inledning', 'verksamhetsbeskrivning', 'kompetensutveckling'],
    ['redovisning-av-ekonomi', 'resursanvandning', 'budget-2021', 'ovrigt'],
  ]);
});

it('splits at the first economy text whichever of them a plan has', () => {
  expect(split('inledning', 'budget-2022', 'ovrigt')).toEqual([['inledning'], ['budget-2022', 'ovrigt']]);
  expect(split('inledning', 'resursanvandning', 'samverkan', 'budget')).toEqual([['inledning'], ['resursanvandning', 'samverkan', 'budget']]);
  expect(split('inledning', 'ekonomi')).toEqual([['inledning'], ['ekonomi']]);
});

it('keeps every text before the goals in a plan without an economy part', () => {
  expect(split('inledning', 'ovrigt')).toEqual([['inledning', 'ovrigt'], []]);
  expect(split()).toEqual([[], []]);
});

it('knows the economy texts by their keys, not by words that merely contain them', () => {
  expect(['redovisning-av-ekonomi', 'ekonomi', 'ekonomi-och-budget', 'resursanvandning', 'budget-2021', 'budget'].every((key) => isEconomySection({ key }))).toBe(true);
  expect(['ovrigt', 'inledning', 'hemekonomi', 'budgetering-av-tid', 'samverkan-med-vardnadshavare'].some((key) => isEconomySection({ key }))).toBe(false);
});
