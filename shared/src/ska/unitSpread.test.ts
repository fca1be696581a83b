import type { SkaAssessment, SkaScore, SkaStrategyKey } from '../schemas/ska';
import { unitSpread } from './unitSpread';

const strategies: SkaAssessment['strategies'] = (['pedagogiskLedning', 'larandeOrganisation'] as const).map((key) => ({
  key,
  name: key,
  comment: '',
  criteria: [1, 2].map((number) => ({ number, text: `Kriterium ${number}` })),
}));
const unit = (unitId: string, scores: [SkaStrategyKey, number, number][], year = 2018) => ({
  unitId,
  roles: [{ key: 'FL', label: 'förskolans ledningsgrupp' }],
  strategies,
  printedAverages: [],
  decimals: 2,
  scores: scores.map(([strategy, criterion, score]): SkaScore => ({ role: 'FL', year, strategy, criterion, score })),
});

it('counts, bounds and distributes each criterion’s unit scores, and bounds the units’ strategy averages', () => {
  const spread = unitSpread({ strategies }, [
    unit('u2', [['pedagogiskLedning', 1, 4], ['pedagogiskLedning', 2, 3], ['larandeOrganisation', 1, 2]]),
    unit('u1', [['pedagogiskLedning', 1, 2], ['pedagogiskLedning', 2, 2]]),
    unit('u3', [['pedagogiskLedning', 1, 4]]),
  ], 2018);
  expect(spread.unitIds).toEqual(['u1', 'u2', 'u3']);
  expect(spread.criteria).toEqual([
    { strategy: 'pedagogiskLedning', criterion: 1, units: 3, min: 2, max: 4, distribution: [0, 1, 0, 2, 0] },
    { strategy: 'pedagogiskLedning', criterion: 2, units: 2, min: 2, max: 3, distribution: [0, 1, 1, 0, 0] },
    { strategy: 'larandeOrganisation', criterion: 1, units: 1, min: 2, max: 2, distribution: [0, 1, 0, 0, 0] },
    { strategy: 'larandeOrganisation', criterion: 2, units: 0, min: null, max: null, distribution: [0, 0, 0, 0, 0] },
  ]);
  // Averages: u1 2, u2 3,5, u3 4 for Pedagogisk ledning; only u2 for Lärande organisation.
  expect(spread.strategies).toEqual([
    { strategy: 'pedagogiskLedning', units: 3, minAverage: 2, maxAverage: 4 },
    { strategy: 'larandeOrganisation', units: 1, minAverage: 2, maxAverage: 2 },
  ]);
});

it('leaves out units that scored nothing that läsår', () => {
  const spread = unitSpread({ strategies }, [unit('u1', []), unit('u2', [['pedagogiskLedning', 1, 5]], 2017), unit('u3', [['pedagogiskLedning', 1, 1]])], 2018);
  expect(spread.unitIds).toEqual(['u3']);
  expect(spread.criteria[0]).toEqual({ strategy: 'pedagogiskLedning', criterion: 1, units: 1, min: 1, max: 1, distribution: [1, 0, 0, 0, 0] });
  expect(spread.strategies[0]).toEqual({ strategy: 'pedagogiskLedning', units: 1, minAverage: 1, maxAverage: 1 });
  expect(unitSpread({ strategies }, [], 2018)).toEqual({
    unitIds: [],
    criteria: expect.arrayContaining([{ strategy: 'pedagogiskLedning', criterion: 1, units: 0, min: null, max: null, distribution: [0, 0, 0, 0, 0] }]),
    strategies: [
      { strategy: 'pedagogiskLedning', units: 0, minAverage: null, maxAverage: null },
      { strategy: 'larandeOrganisation', units: 0, minAverage: null, maxAverage: null },
    ],
  });
});
