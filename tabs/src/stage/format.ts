/** A calendar date (ÅÅÅÅ-MM-DD) as the page writes it: "3 dec. 2026"; read as UTC so no time zone moves the day. */
export function dateText(date: string, language: 'sv' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** When a note was written, to the minute: "14:02". */
export function timeText(iso: string, language: 'sv' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { timeStyle: 'short' }).format(new Date(iso));
}
