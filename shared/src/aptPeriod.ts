import type { Period } from './schemas/report';

/**
 * The follow-up period a date falls in, as an APT reviews it: Jan–Apr T1, May–Aug T2, Sep–Dec VB.
 * (Not the period being reported then — see reportingPeriodAt — but the one the meeting lives in.)
 */
export function periodOfMonth(month: number): Period {
  if (month <= 4) return 'T1';
  if (month <= 8) return 'T2';
  return 'VB';
}

/** The period of an ISO date (YYYY-MM-DD). */
export function periodOfDate(isoDate: string): Period {
  return periodOfMonth(Number(isoDate.slice(5, 7)));
}

/** Today's date (YYYY-MM-DD) in the förvaltning's time zone: 23:30 UTC on 31 August is already September in Stockholm. */
export function localDate(at: Date, timeZone = 'Europe/Stockholm'): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
