import { randomUUID } from 'node:crypto';
import { AptNote, AptNoteCreate, AptNoteUpdate, isStoreError, type Caller, type GoalAptNotes, type Store, type Stored } from '@vp/shared';
import { AppError } from '../errors';
import { unitNotFound } from '../organisation';
import { actorOf, staleError } from '../updatePlanItem';
import { validate } from '../validate';
import { assertTakesPart } from './aptAccess';
import { agendaItemOf, assertNotEnded, findMeeting } from './meetingState';
import { writingMeeting } from './meetingViews';

const onlyDecisions = (field: string) =>
  new AppError('VALIDATION', 'Ansvarig och datum anges bara för beslut', { fields: [{ field, message: 'Anges bara för beslut' }] });

/** A note or decision about one agenda point, by anyone of the unit while the meeting has not ended. */
export async function createNote(store: Store, caller: Caller, meetingId: string, body: unknown, now = new Date()): Promise<Stored<AptNote>> {
  const request = validate(AptNoteCreate, body);
  const meeting = await findMeeting(store, meetingId);
  assertTakesPart(caller, { id: meeting.unitId, forvaltningId: meeting.forvaltningId });
  assertNotEnded(meeting);
  const item = agendaItemOf(meeting, request.agendaItemId);
  if (request.type === 'note') {
    if (request.responsible != null) throw onlyDecisions('responsible');
    if (request.due != null) throw onlyDecisions('due');
  }
  const at = now.toISOString();
  const note: AptNote = {
    id: randomUUID(),
    forvaltningId: meeting.forvaltningId,
    unitId: meeting.unitId,
    year: meeting.year,
    parentId: meeting.id,
    agendaItemId: item.id,
    goalId: item.goalId,
    type: request.type,
    text: request.text,
    responsible: request.responsible ?? null,
    due: request.due ?? null,
    closedAt: null,
    closedBy: null,
    createdAt: at,
    createdBy: actorOf(caller),
    changedAt: at,
    changedBy: actorOf(caller),
  };
  return writingMeeting(store, meetingId, () => store.create('aptNote', note, actorOf(caller)));
}

/**
 * Edits a note's text (and a decision's responsible and due) while its meeting runs, or closes and
 * reopens a decision at any time; with If-Match, a stale one answered 412 with the newer note.
 */
export async function updateNote(store: Store, caller: Caller, noteId: string, ifMatch: string | null, body: unknown, now = new Date()): Promise<Stored<AptNote>> {
  const patch = validate(AptNoteUpdate, body);
  const current = await store.get('aptNote', noteId);
  if (!current) throw new AppError('NOT_FOUND', `Anteckningen "${noteId}" finns inte`);
  assertTakesPart(caller, { id: current.unitId, forvaltningId: current.forvaltningId });
  if (!ifMatch) throw new AppError('PRECONDITION_REQUIRED', 'If-Match saknas: skicka med anteckningens eTag från när du läste den, så att ingen annans ändring skrivs över');
  if (current.type === 'note') {
    if (patch.closed !== undefined) throw new AppError('VALIDATION', 'Bara beslut stängs; en anteckning är alltid öppen', { fields: [{ field: 'closed', message: 'Bara beslut stängs' }] });
    if (patch.responsible != null) throw onlyDecisions('responsible');
    if (patch.due != null) throw onlyDecisions('due');
  }
  const edits = patch.text !== undefined || patch.responsible !== undefined || patch.due !== undefined;
  if (edits) assertNotEnded(await findMeeting(store, current.parentId));
  const { eTag: _, ...stored } = current;
  const { closed, ...fields } = patch;
  const closing =
    closed === undefined
      ? {}
      : closed
        ? { closedAt: current.closedAt ?? now.toISOString(), closedBy: current.closedBy ?? actorOf(caller) }
        : { closedAt: null, closedBy: null };
  const next = validate(AptNote, { ...stored, ...fields, ...closing, changedAt: now.toISOString(), changedBy: actorOf(caller) });
  return writingMeeting(store, current.parentId, async () => {
    try {
      return await store.update('aptNote', next, ifMatch, actorOf(caller));
    } catch (e) {
      if (isStoreError(e, 'PRECONDITION_FAILED')) throw staleError(await store.get('aptNote', noteId));
      throw e;
    }
  });
}

/** The notes and decisions about the plan's goals from the unit's APTs of a year, newest first, with their meeting's date and title. */
export async function goalNotes(store: Store, unitId: string, year: number): Promise<GoalAptNotes> {
  const [[unit], meetings, notes] = await store.listMany([
    { kind: 'unit', filter: { id: unitId } },
    { kind: 'aptMeeting', filter: { unitId, year } },
    { kind: 'aptNote', filter: { unitId, year } },
  ] as const);
  if (!unit) throw unitNotFound(unitId);
  const byId = new Map(meetings.map((m) => [m.id, m]));
  return notes
    .flatMap((note) => {
      const meeting = byId.get(note.parentId);
      return note.goalId !== null && meeting ? [{ ...note, meetingDate: meeting.date, meetingTitle: meeting.title }] : [];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}
