import { localDate } from '@vp/shared';

/** A day as the APT pages and the stage show it ("14 sep. 2021"): a plain date (2021-09-14) or the day of a moment, in Swedish time. */
export function formatDay(value: string, language: 'sv' | 'en'): string {
  const plainDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    // A plain date is the same day everywhere; a moment is the day it was in Stockholm.
    timeZone: plainDate ? 'UTC' : 'Europe/Stockholm',
  }).format(new Date(plainDate ? `${value}T00:00:00Z` : value));
}

/** Today in Stockholm as YYYY-MM-DD: the default date of a new APT (the API's rule, shared). */
export const todayIso = (now = new Date()) => localDate(now);
