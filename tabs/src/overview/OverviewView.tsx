import { Body1, Caption1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { IndicatorRollup, Overview } from '@vp/shared';
import { useContext } from 'react';
import { LanguageContext, useStrings } from '../i18n/strings';
import { formatDateTime } from '../report/format';
import { ActivityRollupTable } from './ActivityRollupTable';
import { CommitteeGoals, type GoalAnalyses } from './CommitteeGoals';
import { IndicatorRollupTable } from './IndicatorRollupTable';
import { UnitStatusList } from './UnitStatusList';

const useStyles = makeStyles({
  part: { marginTop: tokens.spacingVerticalXL },
  heading: { margin: `0 0 ${tokens.spacingVerticalS} 0` },
  scroll: { overflowX: 'auto' },
});

/**
 * A förvaltning's roll-up for a period, live or as kept in a summary: units, goals, indicators and
 * activities, with the förvaltning's analysis of each nämndmål. `onEditApplicability` offers each indicator's "Gäller för" (live, to who may edit).
 */
export function OverviewView({ overview, analyses, onEditApplicability }: { overview: Overview; analyses?: GoalAnalyses; onEditApplicability?(indicator: IndicatorRollup): void }) {
  const t = useStrings().report.overview;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  const parts = [
    [t.units, <UnitStatusList overview={overview} />],
    [t.goals, <CommitteeGoals overview={overview} analyses={analyses} />],
    [t.indicators, overview.indicators.length ? <IndicatorRollupTable overview={overview} onEditApplicability={onEditApplicability} /> : null],
    [t.activities, overview.activities.length ? <ActivityRollupTable overview={overview} /> : null],
  ] as const;
  return (
    <>
      <Caption1>{t.computedAt(formatDateTime(overview.computedAt, language))}</Caption1>
      {parts.map(([title, body]) => (
        <section key={title} className={styles.part} aria-label={title}>
          <Subtitle1 as="h2" className={styles.heading}>
            {title}
          </Subtitle1>
          <div className={styles.scroll}>{body ?? <Body1>–</Body1>}</div>
        </section>
      ))}
    </>
  );
}
