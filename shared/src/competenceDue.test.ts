import { competenceDue } from './competenceDue';

it.each([
  ['2023', '2023-12-31'],
  ['2023-2025', '2025-12-31'],
  ['2023 – 2025', '2025-12-31'],
  ['2023-06-30', '2023-06-30'],
  ['31/12 – 2023', '2023-12-31'],
  ['30/6-2023', '2023-06-30'],
  ['Kontinuerligt', null],
  ['', null],
  ['2025-2023', null],
  ['2023-02-30', null],
  ['31/2-2023', null],
])('Måldatum %j is due %j', (text, due) => {
  expect(competenceDue(text)).toBe(due);
});
