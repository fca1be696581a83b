import { reportingPeriodAt, type Period } from '@vp/shared';

/** The period to open for a plan year: the one being reported now in the current year, the VB for earlier years, T1 for later ones. */
export function defaultPeriod(year: number, now = new Date()): Period {
  const current = reportingPeriodAt(now);
  if (current.year === year) return current.period;
  return year < current.year ? 'VB' : 'T1';
}
