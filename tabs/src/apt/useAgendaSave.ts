import type { AgendaItem, StoredAptMeeting } from '@vp/shared';
import { useState } from 'react';
import { ApiError, type ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';

export type AgendaMessage = { intent: 'success' | 'warning' | 'error'; text: string } | null;

/**
 * Saves a meeting's agenda with If-Match. Someone else's change first (412): says so, reads the
 * meetings again (the newer agenda replaces the one shown) and reports the save as refused, so what
 * the rektor typed stays where it was. An ended meeting (409) is read again too.
 */
export function useAgendaSave(api: ApiClient, meeting: StoredAptMeeting, reload: () => Promise<void>) {
  const t = useStrings().apt;
  const [message, setMessage] = useState<AgendaMessage>(null);

  async function save(agenda: AgendaItem[]): Promise<boolean> {
    setMessage(null);
    try {
      await api.updateAptMeeting(meeting.id, meeting.eTag, { agenda });
      await reload();
      setMessage({ intent: 'success', text: t.saved });
      return true;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
        setMessage({ intent: 'warning', text: error.status === 412 ? t.conflict : t.ended });
        await reload();
        return false;
      }
      setMessage({ intent: 'error', text: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  return { save, message };
}
