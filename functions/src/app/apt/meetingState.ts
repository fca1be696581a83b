import type { AptMeeting, Store, Stored } from '@vp/shared';
import { AppError } from '../errors';

/** The meeting, or 404 in Swedish. */
export async function findMeeting(store: Store, meetingId: string): Promise<Stored<AptMeeting>> {
  const meeting = await store.get('aptMeeting', meetingId);
  if (!meeting) throw new AppError('NOT_FOUND', `APT-mötet "${meetingId}" finns inte`);
  return meeting;
}

/** An ended meeting is the saved record: nothing in it changes any more (decisions still close). */
export function assertNotEnded(meeting: AptMeeting): void {
  if (meeting.state === 'ended') throw new AppError('CONFLICT', `${meeting.title} är avslutat och kan inte längre ändras.`);
}

/** The agenda point, or 400: a point must be on the meeting's agenda. */
export function agendaItemOf(meeting: AptMeeting, itemId: string) {
  const item = meeting.agenda.find((i) => i.id === itemId);
  if (!item) throw new AppError('VALIDATION', `Punkten "${itemId}" finns inte på dagordningen för ${meeting.title}`, { fields: [{ field: 'agendaItemId', message: 'Välj en punkt på dagordningen' }] });
  return item;
}

/** How many times a write without If-Match reads again after losing to a concurrent write. */
export const writeAttempts = 5;
