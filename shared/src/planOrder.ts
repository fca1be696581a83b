/**
 * Where a plan's free texts stand around the goal cascade, as in the city's plan documents: inledning,
 * verksamhetsbeskrivning, … kompetensutveckling before the goals, the economy part (Redovisning av
 * ekonomi, Resursanvändning, Budget {år}) and what follows it (Övrigt) after them. The tab and the
 * plan's Word file both place the texts by this rule.
 */

/**
 * An economy section by its key: any key with the word "ekonomi" (redovisning-av-ekonomi, ekonomi, …),
 * and keys beginning with "resursanvandning" or "budget" (budget-2021, budget-2022, …).
 */
const ECONOMY_KEY = /(^|-)ekonomi(-|$)|^resursanvandning(-|$)|^budget(-|$)/;

export const isEconomySection = (section: { key: string }): boolean => ECONOMY_KEY.test(section.key);

/**
 * Splits the plan's sections, given in the plan's order, at the first economy section: it and every
 * section after it (Övrigt, and texts a unit added at the end) go after the goals, so the texts keep
 * the plan's order whichever of them a plan has. Without an economy section all go before the goals.
 * Split the whole list before filtering it (a search): a filter must not move Övrigt up front.
 */
export function sectionsAroundGoals<S extends { key: string }>(sections: readonly S[]): { beforeGoals: S[]; afterGoals: S[] } {
  const first = sections.findIndex(isEconomySection);
  if (first === -1) return { beforeGoals: [...sections], afterGoals: [] };
  return { beforeGoals: sections.slice(0, first), afterGoals: sections.slice(first) };
}
