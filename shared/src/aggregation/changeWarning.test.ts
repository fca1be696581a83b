import type { Aggregation } from '../schemas/indicator';
import { changeWarning } from './changeWarning';
import type { IndicatorFigures } from './indicatorValue';

const figures = (f: Partial<IndicatorFigures>): IndicatorFigures => ({ value: null, numerator: null, denominator: null, weight: null, ...f });
const indicator = (aggregation: Aggregation, measureUnit = 'antal') => ({ aggregation, measureUnit });
const jobs = indicator({ rule: 'sum' });
const share = indicator({ rule: 'ratioOfSums', numerator: 'legitimerade', denominator: 'anställda', factor: 100 }, '%');
const t1 = (f: Partial<IndicatorFigures>) => ({ period: 'T1' as const, figures: figures(f) });

it('warns when a value is more than 50 % above or below the previous period’s, at the field it comes from', () => {
  expect(changeWarning(jobs, figures({ value: 16 }), t1({ value: 10 }))).toEqual({ field: 'value', message: 'Mer än 50 % högre än i T1 (10). Stämmer värdet?' });
  expect(changeWarning(jobs, figures({ value: 4 }), t1({ value: 10 }))).toEqual({ field: 'value', message: 'Mer än 50 % lägre än i T1 (10). Stämmer värdet?' });
  // a ratio compares the values of its counts: 10/30 = 33,3 % then, 18/30 = 60 % now
  expect(changeWarning(share, figures({ numerator: 18, denominator: 30 }), t1({ numerator: 10, denominator: 30 }))).toEqual({
    field: 'numerator',
    message: 'Mer än 50 % högre än i T1 (33,3\u00a0%). Stämmer värdet?',
  });
});

it('is quiet up to 50 %, without both values, without a previous period, and after a previous 0', () => {
  expect(changeWarning(jobs, figures({ value: 15 }), t1({ value: 10 }))).toBeNull();
  expect(changeWarning(jobs, figures({ value: 5 }), t1({ value: 10 }))).toBeNull();
  expect(changeWarning(jobs, figures({ value: -15 }), t1({ value: -10 }))).toBeNull();
  expect(changeWarning(jobs, figures({ value: 16 }), null)).toBeNull();
  expect(changeWarning(jobs, figures({ value: null }), t1({ value: 10 }))).toBeNull();
  expect(changeWarning(jobs, figures({ value: 16 }), t1({ value: null }))).toBeNull();
  expect(changeWarning(jobs, figures({ value: 16 }), t1({ value: 0 }))).toBeNull();
  expect(changeWarning(share, figures({ numerator: 0, denominator: 0 }), t1({ numerator: 10, denominator: 30 }))).toBeNull();
});
