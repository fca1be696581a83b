import { createHash } from 'node:crypto';
import {
  activityStatusLabel,
  assessmentChoices,
  goalHeading,
  type ActivityReport,
  type AgendaItem,
  type AgendaSource,
  type AptNote,
  type AuditEntry,
  type GoalFlag,
  type GoalNode,
  type GoalReport,
  type Period,
} from '@vp/shared';
import { changeReasons, type PlanItemRef } from './changeReasons';

/** Everything the proposal is made from, read once (readAgendaData). */
export interface AgendaData {
  year: number;
  period: Period;
  /** the plan's goal tree (the förvaltning's goals and the unit's own), in plan order */
  goals: readonly GoalNode[];
  /** the end of the unit's previous APT; null: none before, changes count from 1 January */
  changesSince: string | null;
  /** the unit's audit trail, any order */
  audit: readonly AuditEntry[];
  goalReports: readonly GoalReport[];
  activityReports: readonly ActivityReport[];
  /** flags not yet discussed */
  flags: readonly GoalFlag[];
  /** open decisions of the unit's ended APTs, with their meeting's date */
  decisions: readonly { note: AptNote; meetingDate: string }[];
}

const statusesToFollow = new Set(['notStarted', 'ongoing']);

/** The goals of the tree, parents before their children, in plan order. */
function inPlanOrder(goals: readonly GoalNode[]): GoalNode[] {
  return goals.flatMap((goal) => [goal, ...inPlanOrder(goal.children)]);
}

function planItems(goals: readonly GoalNode[]): Map<string, PlanItemRef> {
  const items = new Map<string, PlanItemRef>();
  for (const goal of goals) {
    items.set(goal.id, { kind: 'goal', id: goal.id, parentId: goal.parentId, name: goal.title });
    for (const i of goal.indicators) items.set(i.id, { kind: 'indicator', id: i.id, parentId: i.parentId, name: i.name });
    for (const a of goal.activities) items.set(a.id, { kind: 'activity', id: a.id, parentId: a.parentId, name: a.text });
  }
  return items;
}

/** "goal-{goalId}"; an id is at most 100 characters, so a goal id near that length is hashed. */
export function goalPointId(goalId: string): string {
  const id = `goal-${goalId}`;
  return id.length <= 100 ? id : `goal.${createHash('sha256').update(goalId).digest('hex').slice(0, 40)}`;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** A decision's point: who answers for it and by when, as far as the decision says. */
function decisionReasons(note: AptNote): string[] {
  const parts = [note.responsible ? `Ansvarig: ${note.responsible}` : null, note.due ? `senast ${note.due}` : null].filter((p) => p !== null);
  return [parts.length > 0 ? parts.join(', ') : 'Öppet beslut'];
}

/**
 * What the next APT's agenda would hold: one point per goal with a reason to discuss it — changed since
 * the last APT, assessed delvis or inte, an activity not finished, flagged — in plan order with every
 * reason; then one point per open decision of an earlier APT.
 */
export function proposeAgenda(data: AgendaData): AgendaItem[] {
  const goals = inPlanOrder(data.goals);
  const since = data.changesSince ?? `${data.year}-01-01T00:00:00.000Z`;
  const prefix = data.changesSince ? 'Ändrat sedan förra APT' : `Ändrat under ${data.year}`;
  const changes = changeReasons(data.audit, since, planItems(goals), prefix);
  const items: AgendaItem[] = [];
  for (const goal of goals) {
    const reasons: { source: AgendaSource; text: string }[] = [];
    for (const text of changes.get(goal.id) ?? []) reasons.push({ source: 'change', text });
    const assessment = data.goalReports.find((r) => r.goalId === goal.id)?.assessment;
    if (assessment === 'partly' || assessment === 'not') {
      // "delvis uppfyllt" reads on its own on the agenda, forecast (T1, T2) or outcome (VB) alike.
      reasons.push({ source: 'report', text: `Bedömning ${data.period}: ${assessmentChoices.outcome[assessment].toLowerCase()}` });
    }
    for (const activity of goal.activities) {
      const status = data.activityReports.find((r) => r.activityId === activity.id)?.status;
      if (status && statusesToFollow.has(status)) reasons.push({ source: 'report', text: `Aktiviteten "${activity.text}": ${activityStatusLabel[status].toLowerCase()}` });
    }
    for (const flag of data.flags.filter((f) => f.goalId === goal.id)) reasons.push({ source: 'flag', text: `Flaggat av ${flag.flaggedBy.name}: ${flag.reason}` });
    if (reasons.length === 0) continue;
    items.push({
      id: goalPointId(goal.id),
      source: reasons[0]!.source,
      goalId: goal.id,
      decisionId: null,
      title: clip(goalHeading(goal), 500),
      reasons: reasons.slice(0, 50).map((r) => clip(r.text, 500)),
    });
  }
  const decisions = [...data.decisions].sort((a, b) => a.meetingDate.localeCompare(b.meetingDate) || a.note.createdAt.localeCompare(b.note.createdAt));
  for (const { note, meetingDate } of decisions) {
    items.push({
      id: `decision-${note.id}`,
      source: 'decision',
      goalId: note.goalId,
      decisionId: note.id,
      title: `Beslut ${meetingDate}: ${clip(note.text.replace(/\s+/g, ' ').trim(), 80)}`,
      reasons: decisionReasons(note),
    });
  }
  return items.slice(0, 200);
}
