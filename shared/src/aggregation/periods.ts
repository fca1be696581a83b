import type { Periodicity } from '../schemas/indicator';
import type { Period } from '../schemas/report';

/** Tertial indicators are reported in every period; yearly ones in the verksamhetsberättelse only. */
export function indicatorDueIn(periodicity: Periodicity, period: Period): boolean {
  return periodicity === 'tertial' || period === 'VB';
}

const previous: Record<Period, Period | null> = { T1: null, T2: 'T1', VB: 'T2' };

/** The period before in the same plan year (shown beside the report); T1 has none. */
export function previousPeriod(period: Period): Period | null {
  return previous[period];
}

/** Formatters are costly to build; one per time zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function calendarYearMonth(at: Date, timeZone: string): { year: number; month: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const part = (type: 'year' | 'month') => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month') };
}

/**
 * The report being written at a moment, for the timer: a period is reported after it ends, so
 * May–Aug is T1 of that year (T1 = Jan–Apr has ended), Sep–Dec T2 of that year, and Jan–Apr the VB of
 * the year before. The month is read in the förvaltning's time zone (Swedish by default), because the
 * timer runs in UTC and 30 April 23:30 UTC is already May in Stockholm.
 */
export function reportingPeriodAt(at: Date, timeZone = 'Europe/Stockholm'): { year: number; period: Period } {
  const { year, month } = calendarYearMonth(at, timeZone);
  if (month <= 4) return { year: year - 1, period: 'VB' };
  if (month <= 8) return { year, period: 'T1' };
  return { year, period: 'T2' };
}
