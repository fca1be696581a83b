import { buildGoalTree, periodOfDate, localDate, type AgendaProposal, type AptMeeting, type Period, type Store, type Stored } from '@vp/shared';
import { AppError } from '../errors';
import { forvaltningNotFound, unitNotFound } from '../organisation';
import { spineQueries, unitQueries } from '../readPlan';
import { proposeAgenda, type AgendaData } from './agendaProposal';

/** The unit's audit trail is read this far back (newest first): far more than a term's changes. */
const auditLimit = 2_000;

/** When the unit's latest ended APT (any year) ended; null: none has. */
export function lastEnded(meetings: readonly AptMeeting[]): string | null {
  const ended = meetings.flatMap((m) => (m.state === 'ended' && m.endedAt ? [m.endedAt] : []));
  return ended.length === 0 ? null : ended.reduce((a, b) => (a > b ? a : b));
}

/** What the agenda proposal needs, with the unit and the period it is for. */
export interface AgendaRead {
  data: AgendaData;
  unit: { id: string; forvaltningId: string; name: string };
  period: Period;
}

/**
 * Reads what the proposal needs in two rounds of listMany (over SharePoint two $batch requests) and
 * the unit's audit trail beside the first: the unit's plan, report of the period, flags, APTs and notes;
 * then the förvaltning's goals the plan inherits.
 */
export async function readAgendaData(store: Store, unitId: string, year: number, now: Date): Promise<AgendaRead> {
  const period = periodOfDate(localDate(now));
  const report = { unitId, year, period };
  const [lists, audit] = await Promise.all([
    store.listMany([
      ...unitQueries(unitId, year),
      { kind: 'goalReport', filter: report },
      { kind: 'activityReport', filter: report },
      { kind: 'goalFlag', filter: { unitId, year } },
      { kind: 'aptMeeting', filter: { unitId } },
      { kind: 'aptNote', filter: { unitId } },
    ] as const),
    store.listAudit({ unitId, limit: auditLimit }),
  ]);
  const [[unit], [plan], , goals, indicators, activities, goalReports, activityReports, flags, meetings, notes] = lists;
  if (!unit) throw unitNotFound(unitId);
  if (!plan) throw new AppError('NOT_FOUND', `${unit.name} har ingen verksamhetsplan för ${year}`);
  const [[forvaltning], spineGoals, spineIndicators, spineActivities] = await store.listMany(spineQueries(unit.forvaltningId, year));
  if (!forvaltning) throw forvaltningNotFound(unit.forvaltningId);
  const ended = new Map<string, Stored<AptMeeting>>(meetings.filter((m) => m.state === 'ended').map((m) => [m.id, m]));
  const decisions = notes.flatMap((note) => {
    const meeting = ended.get(note.parentId);
    return note.type === 'decision' && note.closedAt === null && meeting ? [{ note, meetingDate: meeting.date }] : [];
  });
  return {
    unit,
    period,
    data: {
      year,
      period,
      goals: buildGoalTree([...spineGoals, ...goals], [...spineIndicators, ...indicators], [...spineActivities, ...activities]),
      changesSince: lastEnded(meetings),
      audit,
      goalReports,
      activityReports,
      flags: flags.filter((f) => f.discussedIn === null),
      decisions,
    },
  };
}

/** GET …/apt/agenda: what the next agenda would hold now. */
export async function readAgendaProposal(store: Store, unitId: string, year: number, now = new Date()): Promise<AgendaProposal> {
  const { data, period } = await readAgendaData(store, unitId, year, now);
  return { unitId, year, period, changesSince: data.changesSince, items: proposeAgenda(data) };
}
