import type { Period } from './schemas/report';

/**
 * The tab's hash routes, written here so that what the API links to (a channel card's button, a
 * Teams deep link's sub-page) and what the tab reads (tabs/src/routing.ts parseRoute) are one format.
 */
const part = encodeURIComponent;

export function planHash(unitId: string, year: number, goalId?: string): string {
  return `#/plan/${part(unitId)}/${year}${goalId ? `/goal/${part(goalId)}` : ''}`;
}

export function reportHash(unitId: string, year: number, period: Period): string {
  return `#/report/${part(unitId)}/${year}/${period}`;
}

export function overviewHash(forvaltningId: string, year: number, period: Period): string {
  return `#/overview/${part(forvaltningId)}/${year}/${period}`;
}

export function summariesHash(forvaltningId: string, summaryId?: string): string {
  return `#/summaries/${part(forvaltningId)}${summaryId ? `/${part(summaryId)}` : ''}`;
}
