import type { AgendaItem, StoredAptMeeting } from '@vp/shared';
import { useEffect, useRef } from 'react';
import { useStrings } from '../i18n/strings';

const keyOf = (agenda: readonly AgendaItem[]) => JSON.stringify(agenda.map((item) => [item.id, item.title]));

/**
 * Says what others did to the meeting while the page is open (read by screen readers through the
 * page's live region): the agenda changed, the APT started or ended. The caller's own saves are not
 * news: `mine(agenda)` is called with the agenda about to be saved.
 */
export function useMeetingAnnouncements(meeting: StoredAptMeeting, announce: (text: string) => void) {
  const t = useStrings().apt;
  const previous = useRef<StoredAptMeeting | null>(null);
  const own = useRef(new Set<string>());

  useEffect(() => {
    const before = previous.current;
    previous.current = meeting;
    if (!before || before.id !== meeting.id) return;
    if (before.state !== meeting.state) {
      if (meeting.state === 'live') announce(t.started(meeting.presenter?.name ?? ''));
      if (meeting.state === 'ended') announce(t.endedElsewhere);
      return;
    }
    const key = keyOf(meeting.agenda);
    if (key !== keyOf(before.agenda) && !own.current.has(key)) announce(t.changedElsewhere);
  }, [meeting, announce, t]);

  return { mine: (agenda: readonly AgendaItem[]) => void own.current.add(keyOf(agenda)) };
}
