import { countOccurrences, foldForSearch, type GoalNode, type SectionNode } from '@vp/shared';
import { goalTexts, sectionTexts } from './shownTexts';

/** The query as search compares it (case, diacritics and spaces folded); '' for no search. */
export const foldQuery = (query: string) => foldForSearch(query.trim());

const hits = (texts: string[], q: string) => texts.reduce((n, text) => n + countOccurrences(foldForSearch(text), q), 0);
const matches = (texts: string[], q: string) => texts.some((text) => foldForSearch(text).includes(q));

/**
 * The goals to show for a search: those whose own text matches, their ancestors (for context) and
 * their descendants. null when there is no query (show everything).
 */
export function visibleGoalIds(goals: GoalNode[], query: string): Set<string> | null {
  const q = foldQuery(query);
  if (!q) return null;
  const visible = new Set<string>();
  const showAll = (goal: GoalNode) => {
    visible.add(goal.id);
    goal.children.forEach(showAll);
  };
  const visit = (goal: GoalNode): boolean => {
    if (matches(goalTexts(goal), q)) {
      showAll(goal);
      return true;
    }
    const below = goal.children.map(visit).some(Boolean);
    if (below) visible.add(goal.id);
    return below;
  };
  goals.forEach(visit);
  return visible;
}

export function matchingSections(sections: SectionNode[], query: string): SectionNode[] {
  const q = foldQuery(query);
  return q ? sections.filter((s) => matches(sectionTexts(s), q)) : sections;
}

/** Every occurrence of the query in the plan's goals and texts: the marks a search shows ("N träffar"). */
export function countMatches(goals: GoalNode[], sections: SectionNode[], query: string): number {
  const q = foldQuery(query);
  if (!q) return 0;
  const count = (goal: GoalNode): number => hits(goalTexts(goal), q) + goal.children.reduce((n, c) => n + count(c), 0);
  return goals.reduce((n, g) => n + count(g), 0) + sections.reduce((n, s) => n + hits(sectionTexts(s), q), 0);
}
