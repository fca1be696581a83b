import { makeStyles, tokens } from '@fluentui/react-components';
import type { AptMeetingView } from '@vp/shared';
import { useContext, useEffect, useRef } from 'react';
import { formatDateTime } from '../report/format';
import { LanguageContext, useStrings } from '../i18n/strings';
import { formatDay } from '../apt/format';
import { NoteList } from './NoteList';

const useStyles = makeStyles({
  record: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, fontSize: '1.15rem' },
  title: { fontSize: '2.2rem', lineHeight: 1.2, margin: 0, ':focus': { outline: 'none' } },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, margin: 0, '& dt': { fontWeight: tokens.fontWeightSemibold }, '& dd': { margin: 0 } },
  agenda: { margin: 0, paddingLeft: '1.6em', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  point: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  pointTitle: { fontSize: '1.5rem', margin: 0 },
  reasons: { margin: 0, paddingLeft: '1.2em', color: tokens.colorNeutralForeground2 },
});

/**
 * An ended APT as its record, read-only: date, unit, who ended it, and per agenda point what was noted
 * and decided, by whom (decisions with who is responsible and by when). Focus lands on its heading,
 * as the stage the person was using is gone.
 */
export function MeetingRecord({ view, unitName }: { view: AptMeetingView; unitName: string }) {
  const t = useStrings().stage;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { meeting, notes } = view;
  return (
    <article className={styles.record} aria-labelledby="stage-record-title">
      <h1 id="stage-record-title" className={styles.title} ref={heading} tabIndex={-1}>
        {t.record.heading(meeting.title)}
      </h1>
      <p>{t.record.readOnly}</p>
      <dl className={styles.facts}>
        <dt>{t.record.date}</dt>
        <dd>{formatDay(meeting.date, language)}</dd>
        <dt>{t.record.unit}</dt>
        <dd>{unitName}</dd>
        {meeting.endedBy && meeting.endedAt && (
          <>
            <dt>{t.record.endedBy}</dt>
            <dd>{`${meeting.endedBy.name}, ${formatDateTime(meeting.endedAt, language)}`}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="stage-record-agenda">
        <h2 id="stage-record-agenda">{t.record.agenda}</h2>
        <ol className={styles.agenda}>
          {meeting.agenda.map((item) => (
            <li key={item.id} className={styles.point}>
              <h3 className={styles.pointTitle}>{item.title}</h3>
              {item.reasons.length > 0 && (
                <ul className={styles.reasons} aria-label={t.reasons}>
                  {item.reasons.map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ul>
              )}
              <NoteList notes={notes.filter((n) => n.agendaItemId === item.id)} empty={t.record.nothing} withDate />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
