/** A plan node as far as ordering goes. */
export interface Ordered {
  id: string;
  parentId: string | null;
  order: number;
}

/** Siblings by order, ties by id, so the output does not depend on the order the store returns. */
export const byOrder = (a: Ordered, b: Ordered): number => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Goals in tree order: depth first from the roots, siblings by order. Unlike buildGoalTree, goals whose
 * parent chain does not reach a root are not dropped but come last (by order): a roll-up must not lose a
 * nämndmål because its KF goal is missing.
 */
export function goalsInTreeOrder<G extends Ordered>(goals: readonly G[]): G[] {
  const ids = new Set(goals.map((g) => g.id));
  const children = groupByParent(goals);
  const out: G[] = [];
  const seen = new Set<string>();
  const visit = (goal: G): void => {
    if (seen.has(goal.id)) return; // guards against cycles in bad data
    seen.add(goal.id);
    out.push(goal);
    for (const child of children.get(goal.id) ?? []) visit(child);
  };
  const sorted = [...goals].sort(byOrder);
  for (const goal of sorted) if (goal.parentId === null) visit(goal);
  // Then subtrees whose parent is absent, then whatever is left (goals caught in a parent cycle).
  for (const goal of sorted) if (goal.parentId !== null && !ids.has(goal.parentId)) visit(goal);
  for (const goal of sorted) visit(goal);
  return out;
}

/**
 * Items hanging under goals (indicators, activities) in their goals' tree order, then by order among
 * siblings; items under goals not in `goalOrder` come last.
 */
export function itemsInTreeOrder<T extends Ordered>(items: readonly T[], goalOrder: readonly Ordered[]): T[] {
  const rank = new Map(goalOrder.map((g, i) => [g.id, i]));
  const rankOf = (item: T) => (item.parentId !== null ? rank.get(item.parentId) : undefined) ?? goalOrder.length;
  return [...items].sort((a, b) => rankOf(a) - rankOf(b) || byOrder(a, b));
}

/** Children per parent id, each list by order. */
export function groupByParent<T extends Ordered>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of [...items].sort(byOrder)) {
    if (item.parentId === null) continue;
    const list = out.get(item.parentId);
    if (list) list.push(item);
    else out.set(item.parentId, [item]);
  }
  return out;
}
