/**
 * How a plan's root goals are laid out, in the tab and in the Word file alike. The nämnd's overall
 * goals and the verksamhetsmål of a focus-area plan are one paragraph each, printed as a list under one
 * heading; every other level is a goal with a heading of its own.
 */
import { planYears } from './format/planYears';
import { goalLevelLabel } from './labels';
import type { GoalLevel } from './schemas/goal';

export const listedLevels: readonly GoalLevel[] = ['boardGoal', 'operationalGoal'];

export type RootGroup<G extends { level: GoalLevel }> = { kind: 'list'; level: GoalLevel; goals: G[] } | { kind: 'goal'; goal: G };

/** The roots in their order, with each run of a listed level's goals taken together. */
export function rootGroups<G extends { level: GoalLevel }>(roots: readonly G[]): RootGroup<G>[] {
  const groups: RootGroup<G>[] = [];
  for (const goal of roots) {
    const last = groups.at(-1);
    if (!listedLevels.includes(goal.level)) groups.push({ kind: 'goal', goal });
    else if (last?.kind === 'list' && last.level === goal.level) last.goals.push(goal);
    else groups.push({ kind: 'list', level: goal.level, goals: [goal] });
  }
  return groups;
}

/**
 * The heading of a listed level: "Nämndens övergripande mål", "Verksamhetsmål 2020–2023" (the plan's
 * years); `labels` are the levels' names in the reader's language.
 */
export function listHeading(level: GoalLevel, plan: { year: number; lastYear?: number }, labels: Record<GoalLevel, string> = goalLevelLabel): string {
  return level === 'operationalGoal' ? `${labels.operationalGoal} ${planYears(plan)}` : labels[level];
}
