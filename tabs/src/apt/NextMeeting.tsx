import { Badge, Body1, Body1Strong, Caption1, Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { AgendaItem, StoredAptMeeting } from '@vp/shared';
import { useContext, useEffect } from 'react';
import type { ApiClient } from '../api/client';
import type { Host } from '../host/host';
import { LanguageContext, useStrings } from '../i18n/strings';
import { stageHash } from '../routing';
import { useAptMeeting } from '../stage/useAptMeeting';
import { AgendaList } from './AgendaList';
import { formatDay } from './format';
import { ShareToStageButton } from './ShareToStageButton';
import { useAgendaSave } from './useAgendaSave';
import { useMeetingAnnouncements } from './useMeetingAnnouncements';

const useStyles = makeStyles({
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', marginBottom: tokens.spacingVerticalS },
  present: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center', margin: `${tokens.spacingVerticalM} 0` },
  hint: { display: 'block', color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalS },
});

/** The side panel follows the meeting while it is open: an unchanged meeting costs a 304 now and then. */
export const panelPollMs = 5000;

export interface NextMeetingProps {
  api: ApiClient;
  host: Host;
  /** The meeting as the unit's list has it; the panel then follows it by polling */
  listed: StoredAptMeeting;
  canLead: boolean;
  /** Reads the unit's meetings again (after a save, or when the meeting has ended) */
  reloadMeetings(): Promise<void>;
  /** Says something in the page's live region */
  announce(text: string): void;
}

/**
 * The prepared APT: its date and state, the presentation (a link, and in Teams Dela till scenen), and
 * its agenda, which the rektor changes (saved with If-Match) and others read; the point the presenter
 * shows is marked. Followed by polling, so changes others make appear and are announced.
 */
export function NextMeeting({ api, host, listed, canLead, reloadMeetings, announce }: NextMeetingProps) {
  const t = useStrings().apt;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  const live = useAptMeeting(api, listed.id, panelPollMs);
  // The poll is read again after every save of one's own, so once it has answered it is the newest.
  const meeting = live.view?.meeting.id === listed.id ? live.view.meeting : listed;
  const refresh = live.refresh;
  const reload = async () => {
    await Promise.all([reloadMeetings(), refresh()]);
  };
  const { save, message } = useAgendaSave(api, meeting, reload);
  const { mine } = useMeetingAnnouncements(meeting, announce);
  const ended = meeting.state === 'ended';
  useEffect(() => {
    // Someone ended it: the list moves it to the earlier APTs.
    if (ended) void reloadMeetings();
  }, [ended, reloadMeetings]);

  const saveMine = (agenda: AgendaItem[]) => {
    mine(agenda);
    return save(agenda);
  };

  return (
    <>
      <div className={styles.meta}>
        <Body1Strong>{t.meetingOn(meeting.title, formatDay(meeting.date, language))}</Body1Strong>
        <Badge appearance="tint" color={meeting.state === 'live' ? 'success' : 'informative'}>
          {t.states[meeting.state]}
        </Badge>
      </div>
      <Body1 as="p">{meeting.changesSince ? t.changesSince(formatDay(meeting.changesSince, language)) : t.noEarlierApt}</Body1>
      <div className={styles.present}>
        <Link href={stageHash(meeting.id)} target="_blank" rel="noopener">
          {t.openPresentation}
        </Link>
        <ShareToStageButton host={host} meetingId={meeting.id} />
      </div>
      {!canLead && <Caption1 className={styles.hint}>{t.readOnly}</Caption1>}
      <div role="status" aria-live="polite">
        {message && (
          <MessageBar intent={message.intent} layout="multiline">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <AgendaList items={meeting.agenda} currentId={meeting.state === 'live' ? meeting.currentItemId : null} onSave={canLead && !ended ? saveMine : undefined} />
    </>
  );
}
