import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { StoredAptMeeting } from '@vp/shared';
import type { ApiClient } from '../api/client';
import { AgendaList } from './AgendaList';
import { useAgendaSave } from './useAgendaSave';

/**
 * A prepared meeting's agenda: the rektor (and avdelningschef) change it, saving with If-Match;
 * others read it. What happened to a save is said in a live region.
 */
export function MeetingAgenda({ api, meeting, canEdit, reload }: { api: ApiClient; meeting: StoredAptMeeting; canEdit: boolean; reload(): Promise<void> }) {
  const { save, message } = useAgendaSave(api, meeting, reload);
  return (
    <>
      <div role="status" aria-live="polite">
        {message && (
          <MessageBar intent={message.intent} layout="multiline">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <AgendaList items={meeting.agenda} onSave={canEdit && meeting.state !== 'ended' ? save : undefined} />
    </>
  );
}
