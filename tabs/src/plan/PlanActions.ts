import type { ActivityNode, GoalNode, SectionNode } from '@vp/shared';

/** What the plan view lets a person do with the unit's own items; absent when they may not edit. */
export interface PlanActions {
  addGoal(parent: GoalNode): void;
  editGoal(goal: GoalNode): void;
  deleteGoal(goal: GoalNode): void;
  moveGoal(goal: GoalNode, siblings: GoalNode[], direction: -1 | 1): void;
  addActivity(parent: GoalNode): void;
  editActivity(activity: ActivityNode): void;
  deleteActivity(activity: ActivityNode): void;
  editSection(section: SectionNode): void;
}
