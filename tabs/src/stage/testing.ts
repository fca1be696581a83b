// Test helper of the APT stage: one meeting in memory, answering the stage's calls as the API does
// (a conditional poll with 304 while nothing changed, the presenter's moves, notes, ending), and
// letting a test act as others meanwhile. Not used by the app.
import type { AgendaItem, AgendaItemDetail, AptMeetingView, AptNoteCreate, Caller, StoredAptMeeting, StoredAptNote } from '@vp/shared';
import { ApiError, type ApiClient } from '../api/client';

export const staff: Caller = { id: 'dev-personal-u1', name: 'Personal Ett', role: 'staff', forvaltningId: 'f1', unitIds: ['u1'] };
export const staff2: Caller = { id: 'dev-personal2-u1', name: 'Personal Två', role: 'staff', forvaltningId: 'f1', unitIds: ['u1'] };
export const rektor: Caller = { id: 'dev-rektor-u1', name: 'Rektor Ett', role: 'rektor', forvaltningId: 'f1', unitIds: ['u1'] };

const point = (id: string, title: string, parts: Partial<AgendaItem> = {}): AgendaItem => ({ id, source: 'custom', goalId: null, decisionId: null, title, reasons: [], ...parts });

/** Four points: a goal (changed and assessed delvis), an open decision, and two of the rektor's own. */
export const agenda: AgendaItem[] = [
  point('goal-g1', 'Alla barn ska utvecklas', { source: 'change', goalId: 'g1', reasons: ['Ändrat sedan förra APT: indikatorn Andel legitimerade', 'Bedömning T1: delvis'] }),
  point('decision-d1', 'Beslut: Ny rutin för inskolning', { source: 'decision', decisionId: 'd1', reasons: ['Öppet beslut från APT 2021-01-12'] }),
  point('custom-1', 'Sommarens bemanning', { reasons: ['Tillagd av rektor'] }),
  point('custom-2', 'Övrigt'),
];

/** What the API answers is a copy: the stage must not see the store change under it. */
const copy = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const actor = (c: Caller) => ({ id: c.id, name: c.name });
const when = (minute: number) => new Date(Date.UTC(2021, 2, 9, 13, minute)).toISOString();

/** The open decision of an earlier APT that point 2 follows up. */
const earlierDecision: StoredAptNote = {
  id: 'd1',
  forvaltningId: 'f1',
  unitId: 'u1',
  year: 2021,
  parentId: 'm0',
  agendaItemId: 'custom-9',
  goalId: null,
  type: 'decision',
  text: 'Ny rutin för inskolning tas fram',
  responsible: 'Personal Ett',
  due: '2021-04-01',
  closedAt: null,
  closedBy: null,
  createdAt: when(0),
  createdBy: actor(rektor),
  changedAt: when(0),
  changedBy: actor(rektor),
  eTag: '"d1"',
};

export function createFakeMeeting({ as, state = 'planned' as StoredAptMeeting['state'] }: { as: Caller | null; state?: StoredAptMeeting['state'] }) {
  let caller = as;
  let version = 1;
  let minute = 0;
  const calls: { method: string; args: unknown[] }[] = [];
  let pollFailures = 0;
  let moveGate: Promise<void> | null = null;

  const meeting: StoredAptMeeting = {
    id: 'm1',
    forvaltningId: 'f1',
    unitId: 'u1',
    year: 2021,
    date: '2021-03-09',
    title: 'APT mars',
    state,
    agenda: [...agenda],
    currentItemId: null,
    presenter: null,
    changesSince: null,
    createdAt: when(0),
    createdBy: actor(rektor),
    startedAt: null,
    endedAt: null,
    endedBy: null,
    eTag: '"m1"',
  };
  const notes: StoredAptNote[] = [];

  const changed = () => void version++;
  const view = (): AptMeetingView => copy({ meeting, notes });
  const refuseEnded = () => {
    if (meeting.state === 'ended') throw new ApiError(409, 'CONFLICT', 'Mötet är avslutat.');
  };

  const move = (who: Caller, currentItemId: string) => {
    refuseEnded();
    meeting.currentItemId = currentItemId;
    meeting.presenter = actor(who);
    if (meeting.state === 'planned') meeting.state = 'live';
    changed();
  };

  const add = (who: Caller, body: AptNoteCreate) => {
    refuseEnded();
    const at = when(++minute);
    const note: StoredAptNote = {
      id: `n${notes.length + 1}`,
      forvaltningId: 'f1',
      unitId: 'u1',
      year: 2021,
      parentId: 'm1',
      agendaItemId: body.agendaItemId,
      goalId: agenda.find((i) => i.id === body.agendaItemId)?.goalId ?? null,
      type: body.type,
      text: body.text,
      responsible: body.responsible ?? null,
      due: body.due ?? null,
      closedAt: null,
      closedBy: null,
      createdAt: at,
      createdBy: actor(who),
      changedAt: at,
      changedBy: actor(who),
      eTag: '"1"',
    };
    notes.push(note);
    changed();
    return note;
  };

  const end = (who: Caller) => {
    refuseEnded();
    meeting.state = 'ended';
    meeting.endedAt = when(++minute);
    meeting.endedBy = actor(who);
    changed();
  };

  const detail = (id: string): AgendaItemDetail => {
    const item = meeting.agenda.find((i) => i.id === id);
    if (!item) throw new ApiError(404, 'NOT_FOUND', 'Punkten finns inte på dagordningen.');
    return {
      item,
      goal: item.goalId
        ? {
            goalId: item.goalId,
            heading: item.title,
            description: 'Verksamheten ger varje barn möjlighet att utvecklas.',
            indicators: [
              { indicatorId: 'i1', name: 'Andel legitimerade förskollärare', target: '≥ 50 %', latest: { period: 'T1', value: '41,2 %' }, belowTarget: true },
              { indicatorId: 'i2', name: 'Nöjda vårdnadshavare', target: '≥ 90 %', latest: { period: 'T1', value: '93 %' }, belowTarget: false },
            ],
            activities: [{ activityId: 'a1', text: 'Språkpromenader', status: 'ongoing' }],
            period: 'T1',
            assessment: 'partly',
            analysis: 'Rekryteringen tar tid.',
          }
        : null,
      decision: item.decisionId ? earlierDecision : null,
    };
  };

  const record = (method: string, ...args: unknown[]) => calls.push({ method, args });
  const me = () => {
    if (!caller) throw new ApiError(403, 'FORBIDDEN', 'Välj en identitet.');
    return caller;
  };

  const api = {
    listDevUsers: async () => [staff, staff2, rektor],
    listUnits: async () => [{ id: 'u1', forvaltningId: 'f1', name: 'Enhet Ett', description: '', preschools: [], eTag: '"u1"' }],
    pollMeeting: async (meetingId: string, eTag: string | null) => {
      record('pollMeeting', meetingId, eTag);
      await Promise.resolve();
      if (pollFailures > 0) {
        pollFailures--;
        throw new ApiError(0, 'NETWORK', 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.');
      }
      const current = `W/"${version}"`;
      return eTag === current ? { changed: false as const } : { changed: true as const, view: view(), eTag: current };
    },
    moveAptPresenter: async (meetingId: string, currentItemId: string) => {
      record('moveAptPresenter', meetingId, currentItemId);
      if (moveGate) await moveGate;
      move(me(), currentItemId);
      return copy(meeting);
    },
    getAgendaItemDetail: async (meetingId: string, id: string) => {
      record('getAgendaItemDetail', meetingId, id);
      return detail(id);
    },
    addAptNote: async (meetingId: string, body: AptNoteCreate) => {
      record('addAptNote', meetingId, body);
      return add(me(), body);
    },
    endAptMeeting: async (meetingId: string) => {
      record('endAptMeeting', meetingId);
      end(me());
      return copy(meeting);
    },
  } as unknown as ApiClient;

  return {
    api,
    calls,
    callsOf: (method: string) => calls.filter((c) => c.method === method).map((c) => c.args),
    polls: () => calls.filter((c) => c.method === 'pollMeeting').length,
    actAs: (who: Caller | null) => void (caller = who),
    /** Someone else presents, straight into the store. */
    moveAs: (who: Caller, itemId: string) => move(who, itemId),
    addNoteAs: (who: Caller, body: AptNoteCreate) => add(who, body),
    endAs: (who: Caller) => end(who),
    /** The next `n` polls fail as a lost network does. */
    failPolls: (n: number) => void (pollFailures = n),
    /** Moves wait until the returned function is called (to see the presenter's screen move before the API answers). */
    holdMoves: () => {
      let release = () => undefined as void;
      moveGate = new Promise<void>((resolve) => (release = resolve));
      return () => {
        moveGate = null;
        release();
      };
    },
    meeting,
    notes,
  };
}
