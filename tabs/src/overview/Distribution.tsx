import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { assessmentKind, assessments, type CommitteeGoalRollup, type Period } from '@vp/shared';
import { useStrings } from '../i18n/strings';

const useStyles = makeStyles({
  bar: { display: 'flex', height: '0.75rem', width: '100%', maxWidth: '24rem', borderRadius: tokens.borderRadiusSmall, overflow: 'hidden', backgroundColor: tokens.colorNeutralBackground4, marginTop: tokens.spacingVerticalXS },
  fully: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  partly: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  not: { backgroundColor: tokens.colorPaletteRedBackground3 },
});

/** How a nämndmål's enhetsmål are assessed: the counts in words, with a stacked bar beside them for the eye. */
export function Distribution({ rollup, period }: { rollup: CommitteeGoalRollup; period: Period }) {
  const t = useStrings().report;
  const styles = useStyles();
  const d = rollup.distribution;
  const total = d.fully + d.partly + d.not;
  return (
    <div>
      <Body1>{t.overview.distribution(t.assessments[assessmentKind(period)], d)}</Body1>
      {total > 0 && (
        <div className={styles.bar} aria-hidden>
          {assessments.map((a) => (d[a] ? <div key={a} className={styles[a]} style={{ width: `${(100 * d[a]) / total}%` }} /> : null))}
        </div>
      )}
    </div>
  );
}
