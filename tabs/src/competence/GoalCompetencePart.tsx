import { Badge, Button, Caption1, Link, MessageBar, MessageBarActions, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';
import { competenceHash } from '../routing';
import { useGoalCompetence } from './useGoalCompetence';

const useStyles = makeStyles({
  part: { marginTop: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalM },
  activity: { display: 'block', whiteSpace: 'pre-line' },
  facts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** The competence rows could not be read: said once above the plan, with Försök igen; the plan stays usable. */
export function GoalCompetenceLoadFailure() {
  const competence = useGoalCompetence();
  const t = useStrings();
  if (!competence?.load.error) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {t.competence.linkedLoadFailed}: {competence.load.error.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => void competence.load.reload()}>{t.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Under a goal: the competence-supply rows linked to it, with their categories and Måldatum, and the way to the plan. */
export function GoalCompetencePart({ goalId, label }: { goalId: string; label: string }) {
  const competence = useGoalCompetence();
  const t = useStrings().competence;
  const styles = useStyles();
  const rows = competence?.rowsOf(goalId) ?? [];
  if (!competence || rows.length === 0) return null;
  return (
    <div className={styles.part}>
      <Subtitle2 as="h4">{t.linkedTitle(rows.length)}</Subtitle2>
      <ul className={styles.list} aria-label={t.linkedOf(label)}>
        {rows.map((row) => (
          <li key={row.id} className={styles.row}>
            <span className={styles.activity}>{row.activity}</span>
            <span className={styles.facts}>
              {row.categories.map((k) => (
                <Badge key={k} appearance="tint" color="informative">
                  {t.categories[k]}
                </Badge>
              ))}
              <Caption1>{row.avdelning}</Caption1>
              {row.targetDate.text && <Caption1>{t.linkedTargetDate(row.targetDate.text)}</Caption1>}
            </span>
          </li>
        ))}
      </ul>
      <Link href={competenceHash(competence.forvaltningId, competence.year)}>{t.showInPlan}</Link>
    </div>
  );
}
