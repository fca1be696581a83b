import type { Aggregation } from '../schemas/indicator';
import { formatCount, formatOutcome, formatTarget, formatValue } from './numbers';

const share: Aggregation = { rule: 'ratioOfSums', numerator: 'legitimerade', denominator: 'anställda', factor: 100 };
const nothing = { value: null, numerator: null, denominator: null, weight: null };

it('writes counts the Swedish way', () => {
  expect(formatCount(1945)).toBe('1\u00a0945');
  expect(formatCount(4.9)).toBe('4,9');
  expect(formatCount(29.75)).toBe('29,75');
});

it('writes a value with the decimals its measure unit deserves', () => {
  expect(formatValue(36.666666666666664, '%')).toBe('36,7\u00a0%');
  expect(formatValue(5.55, '%')).toBe('5,6\u00a0%');
  expect(formatValue(33, '%')).toBe('33\u00a0%');
  expect(formatValue(4.931, 'barn/årsarbetare')).toBe('4,93');
  expect(formatValue(3.456, 'skala 1–4')).toBe('3,46');
  expect(formatValue(16.41, 'barn/grupp')).toBe('16,4');
  expect(formatValue(1945.34, 'GWh')).toBe('1\u00a0945,3');
  expect(formatValue(-12.25, 'antal')).toBe('−12,3');
});

it('prints a target as a number with its unit, as text, or not at all', () => {
  expect(formatTarget({ type: 'value', value: 33 }, '%')).toBe('33\u00a0%');
  expect(formatTarget({ type: 'value', value: 1.8 }, 'kg CO2e/kg')).toBe('1,8');
  expect(formatTarget({ type: 'text', text: 'Tas fram av nämnd' }, 'antal')).toBe('Tas fram av nämnd');
  expect(formatTarget(null, '%')).toBeNull();
});

it('shows an outcome with the counts behind it', () => {
  expect(formatOutcome({ aggregation: share, measureUnit: '%' }, { ...nothing, value: 36.666666666666664, numerator: 11, denominator: 30 })).toBe('36,7\u00a0% (11/30)');
  // a ratio's value follows from its counts, as in the roll-up
  expect(formatOutcome({ aggregation: share, measureUnit: '%' }, { ...nothing, numerator: 1, denominator: 4 })).toBe('25\u00a0% (1/4)');
  expect(formatOutcome({ aggregation: { rule: 'weightedMean', weight: 'antal avdelningar' }, measureUnit: 'skala 1–4' }, { ...nothing, value: 3.4, weight: 12 })).toBe(
    '3,4 (antal avdelningar: 12)',
  );
  expect(formatOutcome({ aggregation: { rule: 'sum' }, measureUnit: 'GWh' }, { ...nothing, value: 1945 })).toBe('1\u00a0945');
  // reported over 0: no value, but the counts say what was reported
  expect(formatOutcome({ aggregation: share, measureUnit: '%' }, { ...nothing, numerator: 0, denominator: 0 })).toBe('– (0/0)');
  expect(formatOutcome({ aggregation: { rule: 'median' }, measureUnit: '' }, nothing)).toBeNull();
});
