import type { SkaGroup, SkaResult, SkaValue } from '../schemas/ska';

/** A unit's result as a percentage: from its counts, or the one published. */
export function valuePercent(value: SkaValue): number {
  return value.type === 'counts' ? (value.achieved / value.total) * 100 : value.percent;
}

export interface SkaTotal {
  /**
   * The förvaltning's total: the pooled ratio of all units' counts ('pooled') when every unit of that
   * läsår has counts; otherwise the total the document publishes ('published'); 'none' when neither.
   */
  value: number | null;
  source: 'pooled' | 'published' | 'none';
  /** the pooled counts, when pooled */
  counts: { achieved: number; total: number } | null;
  /**
   * The plain mean of the units' percentages, shown apart so a reader sees why it is not the total:
   * units of different sizes weigh the same in it. Never used as the total. Null without unit values.
   */
  unitMean: number | null;
  /** how many units have a value */
  units: number;
}

/** The förvaltning's total of one area and group of a result table in one läsår. */
export function resultTotal(result: Pick<SkaResult, 'rows' | 'publishedTotals'>, schoolYear: number, area: string, group: SkaGroup): SkaTotal {
  const values = result.rows
    .filter((r) => r.schoolYear === schoolYear)
    .flatMap((r) => r.cells.filter((c) => c.area === area && c.group === group).map((c) => c.value));
  const unitMean = values.length === 0 ? null : values.reduce((sum, v) => sum + valuePercent(v), 0) / values.length;
  const counts = values.every((v) => v.type === 'counts') ? values : null;
  if (counts && counts.length > 0) {
    const achieved = counts.reduce((n, v) => n + (v.type === 'counts' ? v.achieved : 0), 0);
    const total = counts.reduce((n, v) => n + (v.type === 'counts' ? v.total : 0), 0);
    return { value: (achieved / total) * 100, source: 'pooled', counts: { achieved, total }, unitMean, units: values.length };
  }
  const published = result.publishedTotals.find((t) => t.schoolYear === schoolYear && t.area === area && t.group === group);
  return published
    ? { value: published.percent, source: 'published', counts: null, unitMean, units: values.length }
    : { value: null, source: 'none', counts: null, unitMean, units: values.length };
}

/** The läsår a result table has, units' or published totals', oldest first. */
export function resultSchoolYears(result: Pick<SkaResult, 'rows' | 'publishedTotals'>): number[] {
  return [...new Set([...result.rows.map((r) => r.schoolYear), ...result.publishedTotals.map((t) => t.schoolYear)])].sort((a, b) => a - b);
}
