import type { Aggregation, Indicator } from '../schemas/indicator';
import { indicatorValue, isReported, unitContribution, type IndicatorFigures } from './indicatorValue';

const rule = (aggregation: Aggregation): Pick<Indicator, 'aggregation'> => ({ aggregation });
const share = rule({ rule: 'ratioOfSums', numerator: 'legitimerade (åa)', denominator: 'anställda (åa)', factor: 100 });
const perGroup = rule({ rule: 'ratioOfSums', numerator: 'barn', denominator: 'grupper', factor: 1 });
const survey = rule({ rule: 'weightedMean', weight: 'svarande' });
const figures = (f: Partial<IndicatorFigures>): IndicatorFigures => ({ value: null, numerator: null, denominator: null, weight: null, ...f });

describe('a unit value by its rule', () => {
  it('ratioOfSums derives the value from the counts and ignores the stored value', () => {
    expect(indicatorValue(share, figures({ numerator: 10, denominator: 20, value: 99 }))).toBe(50);
    expect(indicatorValue(perGroup, figures({ numerator: 511, denominator: 31 }))).toBeCloseTo(16.4839, 4);
    // × factor before ÷ so whole counts stay exact: 57/100×100 would be 56.99999999999999
    expect(indicatorValue(share, figures({ numerator: 57, denominator: 100 }))).toBe(57);
  });

  it('ratioOfSums without both counts is not reported, even with a stored value', () => {
    expect(isReported(share, figures({ value: 50, numerator: 10 }))).toBe(false);
    expect(isReported(share, figures({ value: 50, denominator: 20 }))).toBe(false);
    expect(unitContribution(share, figures({ value: 50 }))).toBeNull();
    expect(indicatorValue(share, figures({ value: 50 }))).toBeNull();
  });

  it('a zero denominator is reported (the counts are known) but has no value', () => {
    expect(isReported(perGroup, figures({ numerator: 0, denominator: 0 }))).toBe(true);
    expect(unitContribution(perGroup, figures({ numerator: 0, denominator: 0 }))).toEqual({ value: null, numerator: 0, denominator: 0, weight: null });
  });

  it('weightedMean needs the value and its weight, and keeps only the weight as count', () => {
    expect(isReported(survey, figures({ value: 3.2 }))).toBe(false);
    expect(isReported(survey, figures({ weight: 8 }))).toBe(false);
    expect(unitContribution(survey, figures({ value: 3.2, weight: 8, numerator: 1, denominator: 2 }))).toEqual({
      value: 3.2,
      numerator: null,
      denominator: null,
      weight: 8,
    });
  });

  it.each(['sum', 'median', 'min', 'max'] as const)('%s takes the value alone', (r) => {
    const indicator = rule({ rule: r });
    expect(isReported(indicator, figures({ numerator: 1, denominator: 2, weight: 3 }))).toBe(false);
    expect(unitContribution(indicator, figures({ value: 0, weight: 3 }))).toEqual({ value: 0, numerator: null, denominator: null, weight: null });
  });

  it('no report is not reported', () => {
    expect(isReported(share, undefined)).toBe(false);
    expect(isReported(rule({ rule: 'sum' }), null)).toBe(false);
    expect(indicatorValue(rule({ rule: 'sum' }), undefined)).toBeNull();
  });
});
