/** Dates in the exported documents; numbers are written by @vp/shared's format (the same as on screen). */

/** "10 maj 2021", in Swedish time. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'long' }).format(new Date(iso));
}
