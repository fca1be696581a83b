import { ownerOf, type Owner } from './schemas/common';
import type { Activity } from './schemas/activity';
import { GoalLevel, type Goal } from './schemas/goal';
import type { Indicator } from './schemas/indicator';
import type { PlanSection } from './schemas/plan';
import { appliesToUnit } from './aggregation/applicability';
import type { GoalNode, PlanTree, SectionNode } from './schemas/responses';
import type { Stored } from './store';

// The tree's shapes (PlanTree, GoalNode, …) are the response schemas in schemas/responses.ts.

const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// Object.assign rather than spread: the same copy, several times faster on items fresh from JSON.parse
// (the plan read builds a tree per request).
const withOwner = <T extends { unitId: string | null }>(item: T): T & { owner: Owner } => Object.assign({}, item, { owner: ownerOf(item) });

/** Assembles flat node lists into the goal tree; nodes whose parent is absent are left out. */
export function buildGoalTree(
  goals: Stored<Goal>[],
  indicators: Stored<Indicator>[],
  activities: Stored<Activity>[],
): GoalNode[] {
  const nodes = new Map<string, GoalNode>();
  for (const goal of [...goals].sort(byOrder)) {
    nodes.set(goal.id, Object.assign({}, goal, { owner: ownerOf(goal), indicators: [], activities: [], children: [] }));
  }
  const roots: GoalNode[] = [];
  for (const node of nodes.values()) {
    if (node.parentId === null) roots.push(node);
    else nodes.get(node.parentId)?.children.push(node);
  }
  for (const indicator of [...indicators].sort(byOrder)) {
    if (indicator.parentId) nodes.get(indicator.parentId)?.indicators.push(withOwner(indicator));
  }
  for (const activity of [...activities].sort(byOrder)) {
    if (activity.parentId) nodes.get(activity.parentId)?.activities.push(withOwner(activity));
  }
  // Roots of several levels (a focus-area plan: the nämnd's goals, the verksamhetsmål, the focus areas)
  // stand in the levels' order, each level ordered on its own, so reordering one level cannot mix them.
  return roots.sort((a, b) => levelRank(a.level) - levelRank(b.level));
}

const levelRank = (level: GoalLevel) => GoalLevel.options.indexOf(level);

export function sortSections(sections: Stored<PlanSection>[]): SectionNode[] {
  return [...sections].sort(byOrder).map(withOwner);
}

/** Whether the goal, at any depth of the tree, is in it (a deep link's goal may have been removed). */
export function hasGoal(goals: readonly GoalNode[], goalId: string): boolean {
  return goals.some((g) => g.id === goalId || hasGoal(g.children, goalId));
}

/**
 * A unit's plan as the unit is asked it: without the förvaltning's indicators that concern other units
 * only (applicableUnitIds). The tab and the plan's Word file show this; the förvaltning's own plan is whole.
 */
export function planAskedOfUnit(tree: PlanTree): PlanTree {
  const unitId = tree.unit?.id;
  if (unitId === undefined) return tree;
  const asked = (goal: GoalNode): GoalNode => ({ ...goal, indicators: goal.indicators.filter((i) => appliesToUnit(i, unitId)), children: goal.children.map(asked) });
  return { ...tree, goals: tree.goals.map(asked) };
}
