/** When a note was written, to the minute: "14:02". */
export function timeText(iso: string, language: 'sv' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { timeStyle: 'short' }).format(new Date(iso));
}
