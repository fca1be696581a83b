// Strings of what the tab says when a page or its data could not be loaded, or a link names something missing.
const sv = {
  pageFailed: 'Sidan kunde inte visas.',
  pageNotLoaded: 'Appen kunde inte hämta sidan från servern. Kontrollera anslutningen och välj Försök igen. Sidan försöker också själv när anslutningen är tillbaka.',
  pageBroken: 'Något gick fel när sidan skulle visas. Välj Försök igen. Hjälper inte det, ladda om fliken eller kontakta den som förvaltar appen.',
  loadFailed: 'Uppgifterna kunde inte hämtas.',
  retrying: 'Försöker igen…',
  goalMissing: (goalId: string, year: number) => `Målet ”${goalId}” finns inte i planen för ${year}. Det kan ha tagits bort, eller så är länken fel.`,
  toPlanTop: 'Gå till planens början',
  showYear: (year: number) => `Visa ${year}`,
  showStart: 'Visa startsidan',
  showSummaries: 'Visa alla sammanställningar',
};
const en: typeof sv = {
  pageFailed: 'The page could not be shown.',
  pageNotLoaded: 'The app could not fetch the page from the server. Check the connection and choose Try again. The page also tries by itself when the connection is back.',
  pageBroken: 'Something went wrong while showing the page. Choose Try again. If that does not help, reload the tab or contact whoever manages the app.',
  loadFailed: 'The information could not be fetched.',
  retrying: 'Trying again…',
  goalMissing: (goalId, year) => `The goal “${goalId}” is not in the plan for ${year}. It may have been removed, or the link is wrong.`,
  toPlanTop: 'Go to the top of the plan',
  showYear: (year) => `Show ${year}`,
  showStart: 'Show the start page',
  showSummaries: 'Show all summaries',
};
export const recover = { sv, en };
