import { Badge, Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useContext, useState } from 'react';
import { LanguageContext, useStrings } from '../i18n/strings';
import { FlagDialog } from './FlagDialog';
import { formatDay } from './format';
import { useGoalApt, type GoalAptNote } from './useGoalApt';

const useStyles = makeStyles({
  flags: { listStyle: 'none', margin: `${tokens.spacingVerticalS} 0 0`, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  flag: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  notes: { marginTop: tokens.spacingVerticalS },
  toggle: { minWidth: 0, paddingLeft: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  note: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalM },
  text: { ...typographyStyles.body1, margin: `${tokens.spacingVerticalXXS} 0`, whiteSpace: 'pre-wrap' },
  facts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/**
 * Flags or APT notes that could not be read: said once above the plan, with Försök igen. The plan
 * itself stays usable; a missing APT part is no missing plan (so no 404 page either).
 */
export function GoalAptLoadFailure() {
  const apt = useGoalApt();
  const t = useStrings();
  const failed = apt?.loads.filter((l) => l.error) ?? [];
  if (failed.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.apt.aptLoadFailed}</MessageBarTitle>
        {failed[0]!.error!.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => failed.forEach((l) => void l.reload())}>{t.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The goal's "Flagga till APT" button and its dialog; nothing for those who cannot edit the unit. */
export function FlagGoalButton({ goalId, label }: { goalId: string; label: string }) {
  const apt = useGoalApt();
  const t = useStrings().apt.flag;
  const [open, setOpen] = useState(false);
  if (!apt?.canFlag) return null;
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} aria-label={`${t.button}: ${label}`}>
        {t.button}
      </Button>
      {open && <FlagDialog goalLabel={label} onClose={() => setOpen(false)} onFlag={(reason) => apt.flag(goalId, reason)} />}
    </>
  );
}

/** Under a goal: its open flags (with Ta bort flaggan), and "Från APT", the notes and decisions about it, newest first. */
export function GoalAptPart({ goalId, label }: { goalId: string; label: string }) {
  const apt = useGoalApt();
  const t = useStrings().apt;
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  if (!apt) return null;
  const flags = apt.flagsOf(goalId);
  const notes = apt.notesOf(goalId);
  const problem = apt.problem?.goalId === goalId ? apt.problem.text : null;
  const notesId = `goal-apt-notes-${goalId}`;

  return (
    <>
      {flags.length > 0 && (
        <ul className={styles.flags} aria-label={`${t.flag.button}: ${label}`}>
          {flags.map((flag) => (
            <li key={flag.id} className={styles.flag}>
              <Badge appearance="tint" color="warning">
                {t.sources.flag}
              </Badge>
              <Caption1>{t.flag.flagged(flag.flaggedBy.name, flag.reason)}</Caption1>
              {apt.canFlag && (
                <Button size="small" appearance="subtle" onClick={() => void apt.removeFlag(flag)} aria-label={`${t.flag.remove}: ${label}`}>
                  {t.flag.remove}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {notes.length > 0 && (
        <div className={styles.notes}>
          <Button appearance="transparent" className={styles.toggle} aria-expanded={open} aria-controls={notesId} onClick={() => setOpen(!open)}>
            {t.notes.title(notes.length)}
          </Button>
          {open && (
            <ul id={notesId} className={styles.list} aria-label={`${t.notes.title(notes.length)}: ${label}`}>
              {notes.map((note) => (
                <NoteItem key={note.id} note={note} label={label} />
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

function NoteItem({ note, label }: { note: GoalAptNote; label: string }) {
  const apt = useGoalApt()!;
  const t = useStrings().apt.notes;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const decision = note.type === 'decision';
  const close = async () => {
    setBusy(true);
    await apt.closeDecision(note);
    setBusy(false);
  };
  return (
    <li className={styles.note}>
      <div className={styles.facts}>
        <Badge appearance="outline" color={decision ? 'brand' : 'informative'}>
          {decision ? t.decision : t.note}
        </Badge>
        <Caption1>{t.meta(note.meetingTitle, formatDay(note.meetingDate, language), note.createdBy.name)}</Caption1>
      </div>
      <p className={styles.text}>{note.text}</p>
      {decision && (
        <div className={styles.facts}>
          {note.responsible && <Caption1>{t.responsible(note.responsible)}</Caption1>}
          {note.due && <Caption1>{t.due(formatDay(note.due, language))}</Caption1>}
          {note.closedAt ? (
            <Badge appearance="tint" color="success">
              {t.closed(formatDay(note.closedAt, language), note.closedBy?.name ?? '')}
            </Badge>
          ) : (
            <>
              <Badge appearance="tint" color="warning">
                {t.open}
              </Badge>
              {apt.canFlag && (
                <Button size="small" onClick={() => void close()} disabledFocusable={busy} aria-label={`${t.close}: ${note.text.slice(0, 60)} (${label})`}>
                  {busy ? t.closing : t.close}
                </Button>
              )}
            </>
          )}
        </div>
      )}
    </li>
  );
}
