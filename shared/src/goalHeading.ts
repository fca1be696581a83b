/**
 * How a goal is named wherever it is shown — the tab's headings and the Word exports alike — as the
 * city's documents number their goals: "1. En modern storstad …" for a direction (a number without a
 * dot gets one), "1.3 I Stockholm …" for an area goal, "Fokus 1: Strategisk …" for a number that is
 * worded (a focus area), the title alone when the goal has no number.
 */
import type { Goal } from './schemas/goal';

export function numberedTitle(number: string | null, title: string): string {
  if (number === null || number === '') return title;
  if (/^\p{L}/u.test(number)) return `${number}: ${title}`;
  return `${number.includes('.') ? number : `${number}.`} ${title}`;
}

export function goalHeading(goal: Pick<Goal, 'number' | 'title'>): string {
  return numberedTitle(goal.number, goal.title);
}
