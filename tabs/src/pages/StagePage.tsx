import { Link, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Me } from '@vp/shared';
import { useCallback, useContext, useMemo, useState } from 'react';
import type { ApiClient } from '../api/client';
import type { Host } from '../host/host';
import { LanguageContext, useStrings } from '../i18n/strings';
import { IdentityPicker } from '../nav/IdentityPicker';
import { useDevCaller } from '../nav/useDevCaller';
import { LoadFailure, anyFailed } from '../recover/LoadFailure';
import { MissingMessage } from '../recover/MissingMessage';
import { useLoad } from '../recover/useLoad';
import { aptHash, planHash, type Route } from '../routing';
import { AgendaPoint } from '../stage/AgendaPoint';
import { useNoteAnnouncement, usePointAnnouncement } from '../stage/announcements';
import { EndMeetingDialog } from '../stage/EndMeetingDialog';
import { formatDay } from '../apt/format';
import { MeetingRecord } from '../stage/MeetingRecord';
import { NoteForm } from '../stage/NoteForm';
import { NoteList } from '../stage/NoteList';
import { StageControls } from '../stage/StageControls';
import { useAgendaDetail, withDetail } from '../stage/useAgendaDetail';
import { useAptMeeting } from '../stage/useAptMeeting';
import { useStageKeys } from '../stage/useStageKeys';
import { useStagePosition } from '../stage/useStagePosition';

const visuallyHidden = { position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 } as const;

// The stage is read across a room: large type, the theme's strongest contrast, and the notes beside the
// point on a wide screen (1280×720, a projector, Teams' meeting stage), below it on a narrow one.
const useStyles = makeStyles({
  page: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`, maxWidth: '110rem', margin: '0 auto', color: tokens.colorNeutralForeground1, fontSize: '1.1rem', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  title: { fontSize: '1.4rem', fontWeight: tokens.fontWeightSemibold, margin: 0 },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'center' },
  main: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(18rem, 1fr)', gap: tokens.spacingHorizontalXXXL, '@media (max-width: 900px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalXL, '@media (max-width: 900px)': { borderLeft: 'none', paddingLeft: 0 } },
  notesTitle: { fontSize: '1.5rem', margin: 0 },
  hidden: visuallyHidden,
});

export interface StagePageProps {
  api: ApiClient;
  host: Host;
  route: Extract<Route, { page: 'stage' }>;
  identity: string | null;
  onIdentityChange(id: string | null): void;
  /** Entra mode: who signed in (GET /api/me); the development identities are then gone. */
  signedIn?: Me;
}

/**
 * One APT on the stage, in a Teams meeting (Teams opens this same URL on the meeting stage) or in a
 * browser on a projector: one agenda point at a time, following the presenter, with the point's notes
 * and decisions live beside it; an ended meeting shows its record.
 */
export function StagePage({ api, route, identity, onIdentityChange, signedIn }: StagePageProps) {
  const t = useStrings();
  const styles = useStyles();
  if (!route.meetingId) {
    return (
      <main className={styles.page}>
        <MissingMessage message={t.stage.noMeeting} />
      </main>
    );
  }
  return <Stage api={api} meetingId={route.meetingId} identity={identity} onIdentityChange={onIdentityChange} signedIn={signedIn} />;
}

function Stage({ api, meetingId, identity, onIdentityChange, signedIn }: { api: ApiClient; meetingId: string; identity: string | null; onIdentityChange(id: string | null): void; signedIn?: Me }) {
  const t = useStrings();
  const s = t.stage;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  const { devUsers, caller, load: devUsersLoad } = useDevCaller(api, identity, signedIn);
  const live = useAptMeeting(api, meetingId);
  const { view, refresh } = live;
  const me = caller?.id ?? null;
  const position = useStagePosition(api, view, me, refresh);
  const next = view?.meeting.agenda[position.index + 1];
  const detail = useAgendaDetail(api, meetingId, withDetail(position.item), withDetail(next));
  const unitsLoad = useLoad(useCallback(() => api.listUnits(), [api]));
  const [ending, setEnding] = useState(false);

  const meeting = view?.meeting;
  const ended = meeting?.state === 'ended';
  useStageKeys(!!meeting && !ended && !ending, position.previous, position.next);
  const noteMessage = useNoteAnnouncement(view?.notes, me);
  const pointMessage = usePointAnnouncement(position.item, position.index, position.count, position.mode === 'follow');
  const pointNotes = useMemo(() => (view && position.item ? view.notes.filter((n) => n.agendaItemId === position.item!.id) : []), [view, position.item]);

  const unitName = (meeting && unitsLoad.data?.find((u) => u.id === meeting.unitId)?.name) ?? meeting?.unitId ?? '';
  const leads = caller?.role === 'rektor' || caller?.role === 'avdelningschef';
  const presenting = !!me && meeting?.presenter?.id === me;
  const loads = [live.load, devUsersLoad, unitsLoad];

  return (
    <main className={styles.page}>
      <header className={styles.head}>
        <div>
          {meeting && !ended && (
            <h1 className={styles.title}>
              {meeting.title} · {formatDay(meeting.date, language)} · {unitName}
            </h1>
          )}
          {meeting && (
            <div className={styles.links}>
              <Link href={planHash(meeting.unitId, meeting.year)}>{s.toPlan}</Link>
              <Link href={aptHash(meeting.unitId, meeting.year)}>{s.toApt}</Link>
            </div>
          )}
        </div>
        <IdentityPicker devUsers={devUsers} identity={identity} onChange={onIdentityChange} />
      </header>
      {live.lost && (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>{s.lost}</MessageBarBody>
        </MessageBar>
      )}
      <LoadFailure loads={loads} />
      {!view ? (
        !anyFailed(loads) && <Spinner label={t.loading} />
      ) : ended ? (
        <MeetingRecord view={view} unitName={unitName} />
      ) : (
        <>
          <StageControls
            position={position}
            presenter={view.meeting.presenter}
            canPresent={!!caller}
            canEnd={leads || presenting}
            onEnd={() => setEnding(true)}
          />
          {!caller && <p>{s.readOnly}</p>}
          <div className={styles.main}>
            {position.item ? <AgendaPoint item={position.item} index={position.index} count={position.count} detail={detail} /> : <p>{s.emptyAgenda}</p>}
            <aside className={styles.notes} aria-labelledby="stage-notes-title">
              <h2 id="stage-notes-title" className={styles.notesTitle}>
                {s.notes.heading}
              </h2>
              <NoteList notes={pointNotes} empty={s.notes.none} />
              {caller && position.item && <NoteForm api={api} meetingId={meetingId} item={position.item} agenda={view.meeting.agenda} onAdded={refresh} />}
            </aside>
          </div>
        </>
      )}
      {/* Others' changes, said politely; present from the start so the first change is read out too. */}
      <div className={styles.hidden} aria-live="polite">
        {pointMessage}
      </div>
      <div className={styles.hidden} aria-live="polite">
        {noteMessage}
      </div>
      {ending && <EndMeetingDialog api={api} meetingId={meetingId} onClose={() => setEnding(false)} onEnded={async () => { await refresh(); setEnding(false); }} />}
    </main>
  );
}
