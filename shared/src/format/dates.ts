/**
 * When something happened, as the product writes it where no browser picks the reader's zone (cards
 * posted to a channel, stored text): Swedish words in Swedish time, "12 mars 2025 kl. 14:05".
 */
const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' });

export function formatStockholmDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
