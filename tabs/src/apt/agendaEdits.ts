import type { AgendaItem } from '@vp/shared';

// The rektor's changes to an agenda, each giving the whole agenda in its new order (PATCH sends it whole).

/** The agenda with the point moved one step up (-1) or down (1); unchanged at either end. */
export function movePoint(agenda: readonly AgendaItem[], id: string, direction: -1 | 1): AgendaItem[] {
  const from = agenda.findIndex((item) => item.id === id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= agenda.length) return [...agenda];
  const next = [...agenda];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export function removePoint(agenda: readonly AgendaItem[], id: string): AgendaItem[] {
  return agenda.filter((item) => item.id !== id);
}

/** A point of the rektor's own at the end: no goal, no decision, no reasons. */
export function addPoint(agenda: readonly AgendaItem[], title: string, id = `custom-${crypto.randomUUID()}`): AgendaItem[] {
  return [...agenda, { id, source: 'custom', goalId: null, decisionId: null, title: title.trim(), reasons: [] }];
}
