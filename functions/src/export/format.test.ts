import type { Aggregation } from '@vp/shared';
import { formatNumber, formatOutcome, formatTarget, formatValue } from './format';

const share: Aggregation = { rule: 'ratioOfSums', numerator: 'legitimerade', denominator: 'anställda', factor: 100 };
const nothing = { value: null, numerator: null, denominator: null, weight: null };

it('writes numbers the Swedish way', () => {
  expect(formatNumber(1945)).toBe('1\u00a0945');
  expect(formatNumber(4.9)).toBe('4,9');
  expect(formatNumber(29.75)).toBe('29,75');
  expect(formatValue(36.666666666666664, '%')).toBe('36,7\u00a0%');
  expect(formatValue(4.931, 'barn/årsarbetare')).toBe('4,93');
});

it('prints a target as a number with its unit, as text, or not at all', () => {
  expect(formatTarget({ type: 'value', value: 33 }, '%')).toBe('33\u00a0%');
  expect(formatTarget({ type: 'value', value: 1.8 }, 'kg CO2e/kg')).toBe('1,8');
  expect(formatTarget({ type: 'text', text: 'Tas fram av nämnd' }, 'antal')).toBe('Tas fram av nämnd');
  expect(formatTarget(null, '%')).toBe('');
});

it('shows an outcome with the counts behind it', () => {
  expect(formatOutcome({ aggregation: share, measureUnit: '%' }, { ...nothing, value: 36.666666666666664, numerator: 11, denominator: 30 })).toBe('36,7\u00a0% (11/30)');
  // a ratio's value follows from its counts when it is not stored
  expect(formatOutcome({ aggregation: share, measureUnit: '%' }, { ...nothing, numerator: 1, denominator: 4 })).toBe('25\u00a0% (1/4)');
  expect(formatOutcome({ aggregation: { rule: 'weightedMean', weight: 'antal avdelningar' }, measureUnit: 'skala 1–4' }, { ...nothing, value: 3.4, weight: 12 })).toBe(
    '3,4 (antal avdelningar: 12)',
  );
  expect(formatOutcome({ aggregation: { rule: 'sum' }, measureUnit: 'GWh' }, { ...nothing, value: 1945 })).toBe('1\u00a0945');
  expect(formatOutcome({ aggregation: share, measureUnit: '%' }, { ...nothing, numerator: 3, denominator: 0 })).toBeNull();
  expect(formatOutcome({ aggregation: { rule: 'median' }, measureUnit: '' }, nothing)).toBeNull();
});
