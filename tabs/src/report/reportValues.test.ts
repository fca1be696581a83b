import { errorsByKey, parseNumber, rebase, type ReportValues } from './reportValues';

test('reads numbers with a decimal comma, spaces and an empty field', () => {
  expect(parseNumber('33,3')).toBe(33.3);
  expect(parseNumber('1 200')).toBe(1200);
  expect(parseNumber(' ')).toBeNull();
  expect(parseNumber('tio')).toBeNaN();
  expect(parseNumber('1,2,3')).toBeNaN();
});

test("sorts the body's error paths onto the items that were sent", () => {
  const order = { goals: ['g1'], indicators: ['i1', 'i2'], activities: [] };
  expect(errorsByKey([{ field: 'indicators.1.denominator', message: 'Noll' }, { field: 'goals.0.goalId', message: 'Okänt' }, { field: '', message: 'Allt' }], order)).toEqual({
    byKey: { 'indicators:i2:denominator': 'Noll', 'goals:g1:': 'Okänt' },
    other: ['Allt'],
  });
});

test('after a save, items typed in meanwhile keep the typing; the rest take the stored version', () => {
  const v = (analysis: string): ReportValues => ({ goals: { g1: { assessment: '', analysis }, g2: { assessment: '', analysis } }, indicators: {}, activities: {} });
  const sent = v('skickat');
  const current = { ...sent, goals: { ...sent.goals, g2: { assessment: '', analysis: 'skrivet under tiden' } } } as ReportValues;
  expect(rebase(current, sent, v('sparat')).goals).toEqual({ g1: { assessment: '', analysis: 'sparat' }, g2: { assessment: '', analysis: 'skrivet under tiden' } });
});
