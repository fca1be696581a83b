import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { StoredAptNote } from '@vp/shared';
import { useContext } from 'react';
import { formatDateTime } from '../report/format';
import { LanguageContext, useStrings } from '../i18n/strings';
import { formatDay } from '../apt/format';
import { timeText } from './format';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  note: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`, paddingLeft: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  decision: { borderLeftColor: tokens.colorBrandStroke1 },
  text: { fontSize: '1.2rem', lineHeight: 1.4, margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2, margin: 0 },
});

/**
 * Notes and decisions of one agenda point, oldest first, each with who wrote it and when; decisions
 * with who is responsible and by when. `withDate`: the record names the day, the live stage the time.
 */
export function NoteList({ notes, empty, withDate = false }: { notes: readonly StoredAptNote[]; empty: string; withDate?: boolean }) {
  const t = useStrings().stage.notes;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  if (notes.length === 0) return <p className={styles.meta}>{empty}</p>;
  return (
    <ul className={styles.list}>
      {notes.map((n) => (
        <li key={n.id} className={mergeClasses(styles.note, n.type === 'decision' && styles.decision)}>
          {n.type === 'decision' && (
            <div>
              <Badge appearance="filled" color="brand">
                {t.decision}
              </Badge>
            </div>
          )}
          <p className={styles.text}>{n.text}</p>
          {n.type === 'decision' && (n.responsible || n.due) && (
            <p className={styles.meta}>{[n.responsible && t.responsible(n.responsible), n.due && t.due(formatDay(n.due, language))].filter(Boolean).join(' · ')}</p>
          )}
          <p className={styles.meta}>{t.by(n.createdBy.name, withDate ? formatDateTime(n.createdAt, language) : timeText(n.createdAt, language))}</p>
        </li>
      ))}
    </ul>
  );
}
