import type { SkaResult, SkaValue } from '../schemas/ska';
import { resultSchoolYears, resultTotal } from './resultTotal';

const counts = (achieved: number, total: number): SkaValue => ({ type: 'counts', achieved, total });
const percent = (p: number): SkaValue => ({ type: 'percent', percent: p });
const table = (values: SkaValue[], published: number | null): Pick<SkaResult, 'rows' | 'publishedTotals'> => ({
  rows: values.map((value, i) => ({ unitId: `u${i}`, schoolYear: 2017, cells: [{ area: 'sprak', group: 'totalt', value }] })),
  publishedTotals: published === null ? [] : [{ schoolYear: 2017, area: 'sprak', group: 'totalt', percent: published }],
});

it('pools the counts when every unit has them, whatever is published', () => {
  // 9/10 and 10/40: pooled 19/50 = 38 %, while the units' mean is (90 + 25) / 2 = 57,5 %.
  const total = resultTotal(table([counts(9, 10), counts(10, 40)], 99), 2017, 'sprak', 'totalt');
  expect(total).toEqual({ value: 38, source: 'pooled', counts: { achieved: 19, total: 50 }, unitMean: 57.5, units: 2 });
});

it('takes the published total, flagged, when a unit has only a percentage; the mean stays apart', () => {
  const total = resultTotal(table([counts(9, 10), percent(80)], 87.7), 2017, 'sprak', 'totalt');
  expect(total).toEqual({ value: 87.7, source: 'published', counts: null, unitMean: 85, units: 2 });
});

it('has no total without counts or a published one, and only a published total for a year without units', () => {
  expect(resultTotal(table([percent(80), percent(90)], null), 2017, 'sprak', 'totalt')).toMatchObject({ value: null, source: 'none', unitMean: 85 });
  const history = { rows: [], publishedTotals: [{ schoolYear: 2011, area: 'sprak', group: 'totalt' as const, percent: 84.6 }] };
  expect(resultTotal(history, 2011, 'sprak', 'totalt')).toEqual({ value: 84.6, source: 'published', counts: null, unitMean: null, units: 0 });
  expect(resultTotal(history, 2011, 'sprak', 'pojkar').source).toBe('none');
});

it('lists the läsår of units and published totals, oldest first', () => {
  const t = table([percent(80)], 87.7);
  t.publishedTotals.push({ schoolYear: 2011, area: 'sprak', group: 'totalt', percent: 84.6 });
  expect(resultSchoolYears(t)).toEqual([2011, 2017]);
});
