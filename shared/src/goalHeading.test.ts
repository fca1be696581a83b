import { goalHeading, numberedTitle } from './goalHeading';

it('numbers goals as the plans print them', () => {
  expect(numberedTitle('1', 'En modern storstad')).toBe('1. En modern storstad');
  expect(numberedTitle('1.3', 'I Stockholm når barn')).toBe('1.3 I Stockholm når barn');
  expect(numberedTitle(null, 'Nämndmål')).toBe('Nämndmål');
  // An empty number is no number (the tab showed such goals by their title alone).
  expect(numberedTitle('', 'Nämndmål')).toBe('Nämndmål');
  // A worded number (a focus area) is followed by a colon, as Smedjebacken's plan prints it.
  expect(numberedTitle('Fokus 1', 'Strategisk kompetensförsörjning')).toBe('Fokus 1: Strategisk kompetensförsörjning');
  expect(goalHeading({ number: '2', title: 'En hållbart växande storstad' })).toBe('2. En hållbart växande storstad');
});
