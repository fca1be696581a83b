import type { Aggregation } from '../schemas/indicator';
import { derivedValue, figureName, figureProblems, figureWarnings } from './figureProblems';
import type { IndicatorFigures } from './indicatorValue';

const figures = (f: Partial<IndicatorFigures>): IndicatorFigures => ({ value: null, numerator: null, denominator: null, weight: null, ...f });
const indicator = (aggregation: Aggregation, measureUnit = 'antal') => ({ aggregation, measureUnit });
const share = indicator({ rule: 'ratioOfSums', numerator: 'n', denominator: 'd', factor: 100 }, '%');
const survey = indicator({ rule: 'weightedMean', weight: 'svarande' }, ' % ');

describe('figures a roll-up can use', () => {
  it('accepts ordinary figures and what the rule does not read', () => {
    expect(figureProblems(share, figures({ numerator: 57, denominator: 100, value: 1e308 }))).toEqual([]);
    expect(figureProblems(indicator({ rule: 'sum' }), figures({ value: -3, numerator: -1 }))).toEqual([]);
    expect(figureProblems(share, figures({ numerator: 5, denominator: 0 }))).toEqual([]); // no value, no overflow
  });

  it('names the field that is out of range, negative, or gives a ratio out of range', () => {
    expect(figureProblems(indicator({ rule: 'max' }), figures({ value: 1e308 })).map((p) => p.field)).toEqual(['value']);
    expect(figureProblems(survey, figures({ value: 80, weight: Infinity })).map((p) => p.field)).toEqual(['weight']);
    expect(figureProblems(survey, figures({ value: -1, weight: 3 }))).toEqual([{ field: 'value', message: 'En andel kan inte vara negativ' }]);
    expect(figureProblems(share, figures({ numerator: -1, denominator: 3 })).map((p) => p.field)).toEqual(['numerator']);
    expect(figureProblems(share, figures({ numerator: 1e12, denominator: 1e-3 })).map((p) => p.field)).toEqual(['denominator']);
    expect(figureProblems(indicator({ rule: 'sum' }), figures({ value: NaN })).map((p) => p.field)).toEqual(['value']);
  });

  it('derives a ratio value from the counts as the roll-up does, and keeps only what the rule reads', () => {
    expect(derivedValue(share, figures({ numerator: 57, denominator: 100, value: 3, weight: 9 }))).toEqual({ value: 57, numerator: 57, denominator: 100, weight: null });
    expect(derivedValue(share, figures({ numerator: 5, denominator: 0 })).value).toBeNull();
    expect(derivedValue(survey, figures({ value: 80, weight: 20, numerator: 1 }))).toEqual({ value: 80, numerator: null, denominator: null, weight: 20 });
  });

  it('warns, without refusing, about a share above 100 % of its factor', () => {
    expect(figureWarnings(share, figures({ numerator: 12, denominator: 10 }))).toEqual([{ field: 'numerator', message: 'Fler n än d: andelen blir över 100 %' }]);
    expect(figureProblems(share, figures({ numerator: 12, denominator: 10 }))).toEqual([]);
    expect(figureWarnings(share, figures({ numerator: 10, denominator: 10 }))).toEqual([]);
    expect(figureWarnings(survey, figures({ value: 100.5, weight: 3 })).map((w) => w.field)).toEqual(['value']);
    expect(figureWarnings(indicator({ rule: 'ratioOfSums', numerator: 'barn', denominator: 'grupper', factor: 1 }, 'barn/grupp'), figures({ numerator: 120, denominator: 8 }))).toEqual([]);
  });

  it('warns, without refusing, about a count of 0 the value rests on', () => {
    const perGroup = indicator({ rule: 'ratioOfSums', numerator: 'barn', denominator: 'grupper', factor: 1 }, 'barn/grupp');
    expect(figureWarnings(perGroup, figures({ numerator: 0, denominator: 0 }))).toEqual([{ field: 'denominator', message: 'Värdet kan inte beräknas när grupper är 0' }]);
    expect(figureWarnings(share, figures({ numerator: 0, denominator: 0 })).map((w) => w.field)).toEqual(['denominator']);
    expect(figureProblems(perGroup, figures({ numerator: 0, denominator: 0 }))).toEqual([]);
    expect(figureWarnings(survey, figures({ value: 80, weight: 0 }))).toEqual([{ field: 'weight', message: 'Värdet räknas inte in i förvaltningens värde när svarande är 0' }]);
    expect(figureWarnings(survey, figures({ value: 120, weight: 0 })).map((w) => w.field)).toEqual(['value', 'weight']);
    expect(figureWarnings(survey, figures({ value: null, weight: 0 }))).toEqual([]);
    expect(figureWarnings(indicator({ rule: 'sum' }), figures({ value: 0 }))).toEqual([]);
  });

  it("names a figure by the indicator's own names for its counts, as the roll-up's left-out reasons print it", () => {
    expect(figureName(share.aggregation, 'numerator')).toBe('Täljare (n)');
    expect(figureName(share.aggregation, 'denominator')).toBe('Nämnare (d)');
    expect(figureName(survey.aggregation, 'weight')).toBe('Vikt (svarande)');
    expect(figureName(survey.aggregation, 'value')).toBe('Värde');
  });
});
