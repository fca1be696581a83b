import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { StoredAptMeeting } from '@vp/shared';
import { useContext } from 'react';
import { LanguageContext, useStrings } from '../i18n/strings';
import { stageHash } from '../routing';
import { formatDay } from './format';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** The year's ended APTs, each linking to its record (the stage shows an ended meeting as its record). */
export function EarlierApts({ meetings }: { meetings: readonly StoredAptMeeting[] }) {
  const t = useStrings().apt;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  if (meetings.length === 0) return <Body1 as="p">{t.noEarlier}</Body1>;
  return (
    <ul className={styles.list}>
      {meetings.map((m) => (
        <li key={m.id}>
          <Link href={stageHash(m.id)}>{t.record(m.title, formatDay(m.date, language))}</Link>
        </li>
      ))}
    </ul>
  );
}
