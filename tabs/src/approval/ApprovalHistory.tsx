import { Body1, Body1Strong, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ApprovalView } from '@vp/shared';
import { useContext } from 'react';
import { LanguageContext, useStrings } from '../i18n/strings';
import { formatDateTime } from '../report/format';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  step: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  comment: { margin: 0, paddingLeft: tokens.spacingHorizontalM, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
});

type Step = ApprovalView['history'][number];

/** Newest first, whatever order it came in: the API promises it, and a page that reorders nothing cannot get it wrong. */
const newestFirst = (history: readonly Step[]) => [...history].sort((a, b) => b.at.localeCompare(a.at));

/** Who submitted, approved, returned or reopened, when, in which version, with what comment; newest first. */
export function ApprovalHistory({ history }: { history: readonly Step[] }) {
  const t = useStrings().approval.history;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  if (history.length === 0) return <Body1 as="p">{t.empty}</Body1>;
  return (
    <ol className={styles.list} aria-label={t.title(history.length)}>
      {newestFirst(history).map((step) => (
        <li key={step.id} className={styles.step}>
          <Body1Strong>{t.step(t.steps[step.action], step.by.name)}</Body1Strong>
          <Caption1>
            {formatDateTime(step.at, language)}, {t.version(step.version)}
          </Caption1>
          {step.comment && <blockquote className={styles.comment}>{step.comment}</blockquote>}
        </li>
      ))}
    </ol>
  );
}
