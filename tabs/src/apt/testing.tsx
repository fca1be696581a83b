// Test helper of the APT page and the plan's APT parts: an in-memory APT API for one unit and year,
// checking If-Match and who may prepare and change the agenda as the API does. Not used by the app.
import type { AgendaItem, AgendaProposal, AptMeetingUpdate, Caller, GoalAptNotes, StoredAptMeeting, StoredGoalFlag } from '@vp/shared';
import { ApiError, type ApiClient } from '../api/client';

export const unit = { id: 'u1', forvaltningId: 'f1', name: 'Enhet Ett' };
export const staff: Caller = { id: 'dev-personal-u1', name: 'Personal, Enhet Ett', role: 'staff', forvaltningId: 'f1', unitIds: ['u1'] };
export const rektor: Caller = { id: 'dev-rektor-u1', name: 'Rektor, Enhet Ett', role: 'rektor', forvaltningId: 'f1', unitIds: ['u1'] };

export const point = (id: string, title: string, source: AgendaItem['source'], reasons: string[] = []): AgendaItem => ({
  id,
  source,
  goalId: source === 'custom' || source === 'decision' ? null : id.replace(/^goal-/, ''),
  decisionId: null,
  title,
  reasons,
});

export const proposalItems: AgendaItem[] = [
  point('goal-g1', '1. Barnen läser', 'change', ['Ändrat sedan förra APT: indikatorn Andel läsande barn']),
  point('goal-g2', '2. Utemiljön', 'report', ['Bedömning T2: delvis', 'Flaggat av Anna: gården']),
  point('goal-g3', '3. Språket', 'flag', ['Flaggat av Bo: för lite tid']),
];

const at = (minute: number) => new Date(Date.UTC(2021, 9, 1, 8, minute)).toISOString();

export function meeting(fields: Partial<StoredAptMeeting> = {}): StoredAptMeeting {
  return {
    id: 'm1',
    forvaltningId: 'f1',
    unitId: 'u1',
    year: 2021,
    date: '2021-10-05',
    title: 'APT 2021-10-05',
    state: 'planned',
    agenda: proposalItems,
    currentItemId: null,
    presenter: null,
    changesSince: '2021-09-14T15:00:00.000Z',
    createdAt: at(0),
    createdBy: { id: rektor.id, name: rektor.name },
    startedAt: null,
    endedAt: null,
    endedBy: null,
    eTag: '"1"',
    ...fields,
  };
}

/** The unit's APTs in memory, acting as `as`; calls are recorded with their If-Match. */
export function createFakeApt({ as, meetings = [] as StoredAptMeeting[], flags = [] as StoredGoalFlag[], notes = [] as GoalAptNotes }: { as: Caller; meetings?: StoredAptMeeting[]; flags?: StoredGoalFlag[]; notes?: GoalAptNotes }) {
  const calls: { method: string; eTag?: string; body?: unknown }[] = [];
  let stored = [...meetings];
  let storedFlags = [...flags];
  let storedNotes = [...notes];
  let version = 10;
  const leads = as.role === 'rektor' || as.role === 'avdelningschef';
  const forbidden = () => new ApiError(403, 'FORBIDDEN', 'Bara rektor eller avdelningschef får ändra APT.');
  const conflict = (current: unknown) => new ApiError(412, 'PRECONDITION_FAILED', 'Någon annan har ändrat detta sedan du öppnade det.', [], current);
  const proposal = (): AgendaProposal => ({ unitId: 'u1', year: 2021, period: 'T2', changesSince: '2021-09-14T15:00:00.000Z', items: proposalItems });

  const api = {
    listDevUsers: async () => [staff, rektor],
    listUnits: async () => [unit],
    listPlans: async () => [{ unitId: 'u1', year: 2021 }],
    listAptMeetings: async () => {
      calls.push({ method: 'listAptMeetings' });
      return [...stored].sort((a, b) => b.date.localeCompare(a.date));
    },
    getAgendaProposal: async () => {
      calls.push({ method: 'getAgendaProposal' });
      return proposal();
    },
    createAptMeeting: async (_unitId: string, body: { year: number; date: string }) => {
      calls.push({ method: 'createAptMeeting', body });
      if (!leads) throw forbidden();
      const created = meeting({ id: `m${stored.length + 1}`, date: body.date, title: `APT ${body.date}`, eTag: `"${version++}"` });
      stored = [...stored, created];
      return created;
    },
    updateAptMeeting: async (meetingId: string, eTag: string, patch: AptMeetingUpdate) => {
      calls.push({ method: 'updateAptMeeting', eTag, body: patch });
      const found = stored.find((m) => m.id === meetingId)!;
      if (!leads) throw forbidden();
      if (found.eTag !== eTag) throw conflict(found);
      const next = { ...found, ...patch, eTag: `"${version++}"` } as StoredAptMeeting;
      stored = stored.map((m) => (m.id === meetingId ? next : m));
      return next;
    },
    pollMeeting: async (meetingId: string, eTag: string | null) => {
      calls.push({ method: 'pollMeeting' });
      const found = stored.find((m) => m.id === meetingId)!;
      return found.eTag === eTag ? { changed: false } : { changed: true, view: { meeting: found, notes: [] }, eTag: found.eTag };
    },
    listGoalFlags: async () => {
      calls.push({ method: 'listGoalFlags' });
      return storedFlags.filter((f) => !f.discussedIn);
    },
    flagGoal: async (_unitId: string, body: { year: number; goalId: string; reason: string }) => {
      calls.push({ method: 'flagGoal', body });
      const flag: StoredGoalFlag = { id: `flag-${storedFlags.length + 1}`, forvaltningId: 'f1', unitId: 'u1', year: body.year, goalId: body.goalId, reason: body.reason, flaggedAt: at(5), flaggedBy: { id: as.id, name: as.name }, discussedIn: null, eTag: `"${version++}"` };
      storedFlags = [...storedFlags, flag];
      return flag;
    },
    removeGoalFlag: async (_unitId: string, flagId: string, eTag: string) => {
      calls.push({ method: 'removeGoalFlag', eTag, body: flagId });
      storedFlags = storedFlags.filter((f) => f.id !== flagId);
    },
    listGoalAptNotes: async () => {
      calls.push({ method: 'listGoalAptNotes' });
      return storedNotes;
    },
    updateAptNote: async (noteId: string, eTag: string, patch: { closed?: boolean }) => {
      calls.push({ method: 'updateAptNote', eTag, body: patch });
      const found = storedNotes.find((n) => n.id === noteId)!;
      if (found.eTag !== eTag) throw conflict(found);
      const next = { ...found, closedAt: patch.closed ? at(30) : null, closedBy: patch.closed ? { id: as.id, name: as.name } : null, eTag: `"${version++}"` };
      storedNotes = storedNotes.map((n) => (n.id === noteId ? next : n));
      return next;
    },
  } as unknown as ApiClient;

  return {
    api,
    calls,
    of: (method: string) => calls.filter((c) => c.method === method),
    meetings: () => stored,
    /** Someone else saves the meeting meanwhile: its eTag changes and its agenda is theirs. */
    changeElsewhere: (meetingId: string, agenda: AgendaItem[]) =>
      void (stored = stored.map((m) => (m.id === meetingId ? { ...m, agenda, eTag: `"${version++}"` } : m))),
    /** Someone presents a point (the meeting becomes live) or ends the meeting, elsewhere. */
    setElsewhere: (meetingId: string, fields: Partial<StoredAptMeeting>) =>
      void (stored = stored.map((m) => (m.id === meetingId ? { ...m, ...fields, eTag: `"${version++}"` } : m))),
  };
}
