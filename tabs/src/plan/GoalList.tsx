import { Badge, Button, Subtitle1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { goalHeading, type GoalNode } from '@vp/shared';
import { useStrings } from '../i18n/strings';
import { ActivityTable } from './ActivityTable';
import { Details } from './GoalBlock';
import { Highlighted } from './Highlighted';
import type { PlanActions } from './PlanActions';

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalL },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { margin: 0 },
  list: { margin: `${tokens.spacingVerticalS} 0 0 0`, paddingLeft: tokens.spacingHorizontalXXL },
  item: { marginBottom: tokens.spacingVerticalS, scrollMarginTop: '5rem' },
  highlighted: { backgroundColor: tokens.colorNeutralBackground1Selected },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalXS },
});

export interface GoalListProps {
  heading: string;
  /** one level's root goals, in their order */
  goals: GoalNode[];
  visible: Set<string> | null;
  highlightedId?: string;
  actions?: PlanActions;
  onCopyLink(goal: GoalNode): void;
}

/**
 * A level whose goals are one paragraph each (a focus-area plan's nämnd goals and verksamhetsmål): a
 * list under one heading, as the source prints them. A goal given texts or activities shows them under it.
 */
export function GoalList({ heading, goals, visible, highlightedId, actions, onCopyLink }: GoalListProps) {
  const t = useStrings();
  const styles = useStyles();
  const shown = goals.filter((g) => !visible || visible.has(g.id));
  if (shown.length === 0) return null;
  const own = shown[0]!.owner === 'unit';
  return (
    <section className={styles.section} aria-label={heading}>
      <div className={styles.header}>
        <Subtitle1 as="h2" className={styles.heading}>
          {heading}
        </Subtitle1>
        <Badge appearance="outline" color={own ? 'brand' : 'informative'}>
          {own ? t.ownedByUnit : t.ownedByForvaltning}
        </Badge>
      </div>
      <ul className={styles.list}>
        {shown.map((goal) => {
          const label = goalHeading(goal);
          return (
            <li key={goal.id} id={`goal-${goal.id}`} className={mergeClasses(styles.item, highlightedId === goal.id && styles.highlighted)}>
              <Highlighted text={label} />
              <Details goal={goal} />
              {goal.activities.length > 0 && <ActivityTable activities={goal.activities} caption={`${t.activities}: ${label}`} actions={actions} />}
              <div className={styles.actions}>
                <Button size="small" appearance="subtle" onClick={() => onCopyLink(goal)} aria-label={`${t.copyLink}: ${label}`}>
                  {t.copyLink}
                </Button>
                {actions && goal.owner === 'unit' && (
                  <Button size="small" onClick={() => actions.editGoal(goal)} aria-label={`${t.edit.edit}: ${label}`}>
                    {t.edit.edit}
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
