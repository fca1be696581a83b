import { Badge, Body1, Body1Strong, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { assessmentKind, numberedTitle, type CommitteeGoalRollup, type Overview, type StoredGoalAnalysis } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { TextBlock } from '../plan/TextBlock';
import { Distribution } from './Distribution';
import { GoalAnalysisBlock } from './GoalAnalysisBlock';

/** The förvaltning's analyses of its nämndmål for the period shown, and how the avdelningschef saves one. */
export interface GoalAnalyses {
  byGoal: ReadonlyMap<string, StoredGoalAnalysis>;
  save?(goalId: string, text: string, eTag: string | null): Promise<StoredGoalAnalysis>;
}

const useStyles = makeStyles({
  area: { marginTop: tokens.spacingVerticalL },
  heading: { margin: `${tokens.spacingVerticalS} 0` },
  goal: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalL, marginTop: tokens.spacingVerticalM },
  list: { listStyle: 'none', margin: `${tokens.spacingVerticalS} 0`, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  unitGoal: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Nämndmål grouped by their KF area, each with the distribution and every unit's enhetsmål. */
export function CommitteeGoals({ overview, analyses }: { overview: Overview; analyses?: GoalAnalyses }) {
  const styles = useStyles();
  const areas: { title: string; goals: CommitteeGoalRollup[] }[] = [];
  for (const goal of overview.committeeGoals) {
    const title = goal.areaTitle ? numberedTitle(goal.areaNumber, goal.areaTitle) : '';
    if (areas.at(-1)?.title !== title) areas.push({ title, goals: [] });
    areas.at(-1)!.goals.push(goal);
  }
  return (
    <>
      {areas.map((area, i) => (
        <section key={i} className={styles.area} aria-label={area.title || undefined}>
          {area.title && (
            <Subtitle2 as="h3" className={styles.heading}>
              {area.title}
            </Subtitle2>
          )}
          {area.goals.map((goal) => (
            <CommitteeGoal key={goal.goalId} goal={goal} overview={overview} analyses={analyses} />
          ))}
        </section>
      ))}
    </>
  );
}

function CommitteeGoal({ goal, overview, analyses }: { goal: CommitteeGoalRollup; overview: Overview; analyses?: GoalAnalyses }) {
  const t = useStrings().report;
  const styles = useStyles();
  const nameOf = (unitId: string) => overview.units.find((u) => u.unitId === unitId)?.name ?? unitId;
  const words = t.assessments[assessmentKind(overview.period)];
  return (
    <section className={styles.goal} aria-label={goal.title}>
      <Body1Strong as="h4" block className={styles.heading}>
        {goal.title}
      </Body1Strong>
      <Distribution rollup={goal} period={overview.period} />
      {goal.notReportedUnitIds.length > 0 && <Body1 as="p" block>{t.overview.notReported(goal.notReportedUnitIds.map(nameOf).join(', '))}</Body1>}
      {analyses && (
        <GoalAnalysisBlock
          goalTitle={goal.title}
          analysis={analyses.byGoal.get(goal.goalId)}
          onSave={analyses.save ? (text, eTag) => analyses.save!(goal.goalId, text, eTag) : undefined}
        />
      )}
      {goal.unitGoals.length === 0 ? (
        <Caption1 className={styles.muted}>{t.overview.noUnitGoals}</Caption1>
      ) : (
        <ul className={styles.list}>
          {goal.unitGoals.map((g) => (
            <li key={g.goalId} className={styles.unitGoal}>
              <span className={styles.line}>
                <Body1>
                  <strong>{nameOf(g.unitId)}</strong> – {g.title}
                </Body1>
                <Badge appearance="tint" color={g.assessment === 'fully' ? 'success' : g.assessment === 'partly' ? 'warning' : g.assessment === 'not' ? 'danger' : 'subtle'}>
                  {g.assessment ? words[g.assessment] : t.notFilled}
                </Badge>
              </span>
              {g.analysis ? <TextBlock text={g.analysis} /> : <Caption1 className={styles.muted}>{t.overview.noAnalysis}</Caption1>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
