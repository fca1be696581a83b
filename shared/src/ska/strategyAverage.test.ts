import type { SkaAssessment, SkaPrintedAverage, SkaScore } from '../schemas/ska';
import { strategyAverage } from './strategyAverage';

const strategies: SkaAssessment['strategies'] = [
  { key: 'pedagogiskLedning', name: 'Pedagogisk ledning', comment: '', criteria: [1, 2, 3, 4].map((number) => ({ number, text: `Kriterium ${number}` })) },
];
const assessment = (scores: number[], printed: number | null, decimals: number) => ({
  strategies,
  decimals,
  scores: scores.map((score, i): SkaScore => ({ role: 'VC', year: 2018, strategy: 'pedagogiskLedning', criterion: i + 1, score })),
  printedAverages: printed === null ? [] : [{ role: 'VC', year: 2018, strategy: 'pedagogiskLedning', value: printed } satisfies SkaPrintedAverage],
});

it.each([
  // scores, decimals, printed → value, check
  [[3.7, 3.7, 3.7, 3.3], 1, 3.6, 3.6, 'equal'],
  [[3.3, 3.3, 3.0, 3.0], 1, 3.2, 3.2, 'equal'], // 3,15 rounds half up
  [[3.85, 3.38, 3.92, 3.23], 2, 3.6, 3.6, 'equal'], // 3,595 in hundredths: no float noise
  [[3.6, 3.5, 3.3, 3.4], 1, 3.4, 3.5, 'withinRounding'], // 3,45 from rounded criteria; printed from unrounded ones
  [[3.6, 3.5, 3.3, 3.4], 1, 3.7, 3.5, 'differs'],
] as const)('%j with %i decimals, printed %d: %d (%s)', (scores, decimals, printed, value, printedCheck) => {
  expect(strategyAverage(assessment([...scores], printed, decimals), 'VC', 2018, 'pedagogiskLedning')).toMatchObject({ value, printed, printedCheck, scored: 4, criteria: 4 });
});

it('averages the scored criteria only, and has none without scores or for another role or year', () => {
  expect(strategyAverage(assessment([3, 4], null, 1), 'VC', 2018, 'pedagogiskLedning')).toMatchObject({ value: 3.5, exact: 3.5, scored: 2, criteria: 4, printed: null, printedCheck: null });
  expect(strategyAverage(assessment([3, 4], 3.5, 1), 'U', 2018, 'pedagogiskLedning')).toMatchObject({ value: null, printedCheck: null });
  expect(strategyAverage(assessment([3, 4], 3.5, 1), 'VC', 2017, 'pedagogiskLedning').value).toBeNull();
});
