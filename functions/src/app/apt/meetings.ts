import { randomUUID } from 'node:crypto';
import { AptMeeting, AptMeetingCreate, AptMeetingUpdate, AptPosition, isStoreError, leadsApt, type Caller, type Store, type Stored, type Write } from '@vp/shared';
import { AppError } from '../errors';
import { unitNotFound } from '../organisation';
import { actorOf, staleError } from '../updatePlanItem';
import { validate } from '../validate';
import { proposeAgenda } from './agendaProposal';
import { readAgendaData } from './agendaData';
import { assertLeadsApt, assertTakesPart, isPresenter } from './aptAccess';
import { agendaItemOf, assertNotEnded, findMeeting, writeAttempts } from './meetingState';
import { writingMeeting } from './meetingViews';

/** The unit's APTs of a year, newest date first. */
export async function listMeetings(store: Store, unitId: string, year: number): Promise<Stored<AptMeeting>[]> {
  const [[unit], meetings] = await store.listMany([
    { kind: 'unit', filter: { id: unitId } },
    { kind: 'aptMeeting', filter: { unitId, year } },
  ] as const);
  if (!unit) throw unitNotFound(unitId);
  return meetings.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** Prepares the unit's next APT (rektor or avdelningschef): its agenda starts as the proposal of now. */
export async function createMeeting(store: Store, caller: Caller, unitId: string, body: unknown, now = new Date()): Promise<Stored<AptMeeting>> {
  const request = validate(AptMeetingCreate, body);
  const unit = await store.get('unit', unitId);
  if (!unit) throw unitNotFound(unitId);
  assertLeadsApt(caller, unit);
  const { data } = await readAgendaData(store, unitId, request.year, now);
  const meeting: AptMeeting = {
    id: randomUUID(),
    forvaltningId: unit.forvaltningId,
    unitId,
    year: request.year,
    date: request.date,
    title: request.title ?? `APT ${request.date}`,
    state: 'planned',
    agenda: proposeAgenda(data),
    currentItemId: null,
    presenter: null,
    changesSince: data.changesSince,
    createdAt: now.toISOString(),
    createdBy: actorOf(caller),
    startedAt: null,
    endedAt: null,
    endedBy: null,
  };
  return store.create('aptMeeting', meeting, actorOf(caller));
}

function assertUniqueIds(agenda: AptMeeting['agenda']): void {
  const seen = new Set<string>();
  for (const item of agenda) {
    if (seen.has(item.id)) throw new AppError('VALIDATION', `Punkten "${item.id}" finns två gånger på dagordningen; varje punkt får ett eget id`, { fields: [{ field: 'agenda', message: 'Varje punkt får ett eget id' }] });
    seen.add(item.id);
  }
}

/** Changes exactly the fields the body names, if nobody changed the meeting since ifMatch (rektor or avdelningschef, before it ends). */
export async function updateMeeting(store: Store, caller: Caller, meetingId: string, ifMatch: string | null, body: unknown): Promise<Stored<AptMeeting>> {
  const patch = validate(AptMeetingUpdate, body);
  if (patch.agenda) assertUniqueIds(patch.agenda);
  const current = await findMeeting(store, meetingId);
  assertLeadsApt(caller, { id: current.unitId, forvaltningId: current.forvaltningId });
  assertNotEnded(current);
  if (!ifMatch) throw new AppError('PRECONDITION_REQUIRED', 'If-Match saknas: skicka med mötets eTag från när du läste det, så att ingen annans ändring skrivs över');
  const { eTag: _, ...stored } = current;
  const next = validate(AptMeeting, { ...stored, ...patch });
  return writingMeeting(store, meetingId, async () => {
    try {
      return await store.update('aptMeeting', next, ifMatch, actorOf(caller));
    } catch (e) {
      if (isStoreError(e, 'PRECONDITION_FAILED')) throw staleError(await store.get('aptMeeting', meetingId));
      throw e;
    }
  });
}

/**
 * Reads the meeting, changes what `change` returns and writes it with the eTag it read; lost to a
 * concurrent write it reads again and retries, so the other write is kept and this one still lands.
 */
async function changeWithRetry(
  store: Store,
  meetingId: string,
  change: (meeting: Stored<AptMeeting>) => Promise<{ writes?: Write[]; next: AptMeeting }>,
  caller: Caller,
): Promise<Stored<AptMeeting>> {
  return writingMeeting(store, meetingId, async () => {
    for (let attempt = 1; ; attempt++) {
      const current = await findMeeting(store, meetingId);
      const { writes = [], next } = await change(current);
      try {
        const results = await store.writeMany([...writes, { op: 'update', kind: 'aptMeeting', item: next, ifMatch: current.eTag }], actorOf(caller));
        return { ...next, eTag: results.at(-1)!.eTag! };
      } catch (e) {
        // A flag removed meanwhile (NOT_FOUND) is a lost race too: read again.
        const lost = isStoreError(e, 'PRECONDITION_FAILED') || isStoreError(e, 'NOT_FOUND');
        if (!lost) throw e;
        if (attempt >= writeAttempts) throw new AppError('CONFLICT', 'Mötet ändrades av flera samtidigt. Försök igen.');
      }
    }
  });
}

/** The presenter shows this point: a planned meeting goes live. The last presenter wins; nothing else is touched. */
export async function moveTo(store: Store, caller: Caller, meetingId: string, body: unknown, now = new Date()): Promise<Stored<AptMeeting>> {
  const { currentItemId } = validate(AptPosition, body);
  return changeWithRetry(
    store,
    meetingId,
    async (meeting) => {
      assertTakesPart(caller, { id: meeting.unitId, forvaltningId: meeting.forvaltningId });
      assertNotEnded(meeting);
      agendaItemOf(meeting, currentItemId);
      const { eTag: _, ...stored } = meeting;
      return {
        next: { ...stored, currentItemId, presenter: actorOf(caller), state: 'live', startedAt: meeting.startedAt ?? now.toISOString() },
      };
    },
    caller,
  );
}

/**
 * Ends the meeting (rektor, avdelningschef or whoever presents): it becomes the saved record, and every
 * open flag of a goal on its agenda is marked discussed in it — all in one writeMany, the meeting last.
 */
export async function endMeeting(store: Store, caller: Caller, meetingId: string, now = new Date()): Promise<Stored<AptMeeting>> {
  return changeWithRetry(
    store,
    meetingId,
    async (meeting) => {
      const unit = { id: meeting.unitId, forvaltningId: meeting.forvaltningId };
      assertTakesPart(caller, unit);
      if (!leadsApt(caller, unit) && !isPresenter(caller, meeting.presenter)) {
        throw new AppError('FORBIDDEN', 'Bara enhetens rektor, förvaltningens avdelningschef eller den som presenterar avslutar APT.');
      }
      assertNotEnded(meeting);
      const goals = new Set(meeting.agenda.flatMap((i) => (i.goalId ? [i.goalId] : [])));
      const flags = await store.list('goalFlag', { unitId: meeting.unitId });
      const writes: Write[] = flags
        .filter((f) => f.discussedIn === null && goals.has(f.goalId))
        .map(({ eTag, ...flag }) => ({ op: 'update', kind: 'goalFlag', item: { ...flag, discussedIn: meeting.id }, ifMatch: eTag }));
      const { eTag: _, ...stored } = meeting;
      return { writes, next: { ...stored, state: 'ended', endedAt: now.toISOString(), endedBy: actorOf(caller) } };
    },
    caller,
  );
}
