import { Body1, Body1Strong, makeStyles, tokens } from '@fluentui/react-components';
import { assessmentKind, assessments, type ApprovalDigest, type Period } from '@vp/shared';
import { useStrings } from '../i18n/strings';

const useStyles = makeStyles({
  counts: { marginBottom: tokens.spacingVerticalS },
  list: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  below: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * What is being approved, as the server counted it from the subject: its size, and for reports and the
 * summary how much is filled in, the goals assessed helt/delvis/inte, and the indicators below target.
 */
export function DigestSummary({ digest, period }: { digest: ApprovalDigest; period: Period | null }) {
  const t = useStrings();
  const d = t.approval.digest;
  const styles = useStyles();
  const kind = assessmentKind(period ?? 'T1');
  return (
    <div>
      <Body1Strong block>{digest.title}</Body1Strong>
      <Body1 block className={styles.counts}>{d.counts(digest.goals, digest.indicators, digest.activities)}</Body1>
      <dl className={styles.list}>
        {digest.progress && (
          <>
            <dt className={styles.term}>{d.progress}</dt>
            <dd className={styles.value}>{d.progressOf(digest.progress.filled, digest.progress.total)}</dd>
          </>
        )}
        {digest.assessed && (
          <>
            <dt className={styles.term}>{t.report.assessmentLabel[kind]}</dt>
            <dd className={styles.value}>
              {[...assessments.map((a) => `${t.report.assessments[kind][a]}: ${digest.assessed![a]}`), `${d.notAssessed}: ${digest.assessed.none}`].join(' · ')}
            </dd>
          </>
        )}
        {digest.belowTarget && (
          <>
            <dt className={styles.term}>{d.belowTarget}</dt>
            <dd className={styles.value}>
              {digest.belowTarget.length === 0 ? (
                d.noneBelowTarget
              ) : (
                <ul className={styles.below}>
                  {digest.belowTarget.map((i) => (
                    <li key={i.indicatorId}>
                      {i.name}: {d.valueAgainstTarget(i.value, i.target)}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}
