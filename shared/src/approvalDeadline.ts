import type { ApprovalKind } from './schemas/approvalStates';
import type { Period } from './schemas/report';

/**
 * When a plan, report or summary is due (ISO date), for Att göra's "not submitted near the deadline".
 * The source documents name the reports (Tertialrapport 1 och 2, Verksamhetsberättelse) and the tertials
 * (T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec) but no dates, so these are chosen: a unit's plan by the end of
 * February of its year; a unit's report ten days after its period ends (10 May, 10 September, 10 January
 * after the year), before the timer's tertial summary on the 15th; the förvaltning's summary by the end
 * of that month (31 May, 30 September, 31 January).
 */
export function approvalDeadline(kind: ApprovalKind, year: number, period: Period | null): string {
  if (kind === 'unitPlan' || period === null) return `${year}-02-28`;
  const day = kind === 'unitReport' ? { T1: '05-10', T2: '09-10', VB: '01-10' } : { T1: '05-31', T2: '09-30', VB: '01-31' };
  return `${period === 'VB' ? year + 1 : year}-${day[period]}`;
}

/** How many days before its deadline an item that is not submitted is counted as due soon. */
export const dueSoonDays = 14;

/** Whether an item not yet submitted is due soon (or overdue) on the given day (ISO date). */
export function isDueSoon(deadline: string, today: string): boolean {
  const daysLeft = (Date.parse(deadline) - Date.parse(today)) / 86_400_000;
  return daysLeft <= dueSoonDays;
}
