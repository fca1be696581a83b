import type { Period } from './schemas/report';

/**
 * The tab's hash routes, written here so that what the API links to (a channel card's button, a
 * Teams deep link's sub-page) and what the tab reads (tabs/src/routing.ts parseRoute) are one format.
 */
const part = encodeURIComponent;

export function planHash(unitId: string, year: number, goalId?: string): string {
  return `#/plan/${part(unitId)}/${year}${goalId ? `/goal/${part(goalId)}` : ''}`;
}

/** A unit's plan page without a year: the page opens the unit's newest plan. */
export function unitPlansHash(unitId: string): string {
  return `#/plan/${part(unitId)}`;
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

/** A unit's APTs: the agenda of the next one, earlier records (the meeting side panel shows this). */
export function aptHash(unitId: string, year: number): string {
  return `#/apt/${part(unitId)}/${year}`;
}

/** One APT on the stage (Teams' meeting stage, or the presentation mode in a browser). */
export function stageHash(meetingId: string): string {
  return `#/stage/${part(meetingId)}`;
}

/**
 * A förvaltning's plan for systematic quality work (SKA) for the läsår starting in `year`, of one scope
 * (kommun, forskola …); without year or scope the page opens the newest läsår and its first scope.
 */
export function skaHash(forvaltningId: string, year?: number, scope?: string): string {
  return `#/ska/${part(forvaltningId)}${year ? `/${year}${scope ? `/${part(scope)}` : ''}` : ''}`;
}

/** A förvaltning's competence-supply plan (kompetensförsörjningsplan) for a year; with a period, its follow-up then. */
export function competenceHash(forvaltningId: string, year?: number, period?: Period): string {
  return `#/competence/${part(forvaltningId)}${year ? `/${year}${period ? `/${period}` : ''}` : ''}`;
}
