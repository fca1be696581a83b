import type { GoalNode, SectionNode } from '@vp/shared';

const normalize = (text: string) => text.toLocaleLowerCase('sv');

function goalText(goal: GoalNode): string {
  return [
    goal.number ?? '',
    goal.title,
    goal.description,
    goal.workingMethods,
    goal.development,
    ...goal.expectedResults,
    ...goal.resources,
    ...goal.followUp,
    ...goal.indicators.map((i) => i.name),
    ...goal.activities.map((a) => `${a.text} ${a.responsible}`),
  ].join('\n');
}

/**
 * The goals to show for a search: those whose own text matches, their ancestors (for context) and
 * their descendants. null when there is no query (show everything).
 */
export function visibleGoalIds(goals: GoalNode[], query: string): Set<string> | null {
  const q = normalize(query.trim());
  if (!q) return null;
  const visible = new Set<string>();
  const showAll = (goal: GoalNode) => {
    visible.add(goal.id);
    goal.children.forEach(showAll);
  };
  const visit = (goal: GoalNode): boolean => {
    if (normalize(goalText(goal)).includes(q)) {
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
  const q = normalize(query.trim());
  return q ? sections.filter((s) => normalize(`${s.title}\n${s.text}`).includes(q)) : sections;
}

/** Counts goals whose own text matches (for "N träffar"). */
export function countMatches(goals: GoalNode[], sections: SectionNode[], query: string): number {
  const q = normalize(query.trim());
  if (!q) return 0;
  const count = (goal: GoalNode): number => (normalize(goalText(goal)).includes(q) ? 1 : 0) + goal.children.reduce((n, c) => n + count(c), 0);
  return goals.reduce((n, g) => n + count(g), 0) + matchingSections(sections, query).length;
}
