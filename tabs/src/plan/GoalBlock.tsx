import { Badge, Button, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { goalHeading, type GoalNode } from '@vp/shared';
import { FlagGoalButton, GoalAptPart } from '../apt/GoalAptParts';
import { GoalCompetencePart } from '../competence/GoalCompetencePart';
import { useStrings } from '../i18n/strings';
import { narrowScreen } from '../layout/media';
import { ActivityTable } from './ActivityTable';
import { Highlighted } from './Highlighted';
import { IndicatorTable } from './IndicatorTable';
import type { PlanActions } from './PlanActions';
import { LineList, TextBlock } from './TextBlock';

const useStyles = makeStyles({
  goal: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalL,
    marginTop: tokens.spacingVerticalM,
    scrollMarginTop: '5rem',
    // Goals nest four deep: on a phone each level indents less, leaving the tables their width.
    [narrowScreen]: { paddingLeft: tokens.spacingHorizontalS },
  },
  unitGoal: { borderLeftColor: tokens.colorBrandStroke1 },
  highlighted: { backgroundColor: tokens.colorNeutralBackground1Selected },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: 'inherit' },
  toggle: { minWidth: 0, textAlign: 'left', justifyContent: 'flex-start', height: 'auto', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  part: { marginTop: tokens.spacingVerticalS },
  label: { display: 'block', marginBottom: tokens.spacingVerticalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalS },
});

export interface GoalBlockProps {
  goal: GoalNode;
  siblings: GoalNode[];
  depth: number;
  collapsed: Set<string>;
  onToggle(goalId: string): void;
  visible: Set<string> | null;
  highlightedId?: string;
  actions?: PlanActions;
  onCopyLink(goal: GoalNode): void;
}

/** The id of the toggle in a goal's heading, which takes focus when something under the goal is deleted. */
export const goalToggleId = (goalId: string) => `goal-toggle-${goalId}`;

/** One goal of the cascade with its texts, indicators, activities and the goals under it. */
export function GoalBlock(props: GoalBlockProps) {
  const { goal, depth, collapsed, visible, actions } = props;
  const t = useStrings();
  const styles = useStyles();
  if (visible && !visible.has(goal.id)) return null;
  const open = !collapsed.has(goal.id);
  const bodyId = `goal-body-${goal.id}`;
  const Heading = `h${Math.min(depth + 2, 6)}` as 'h2';
  const own = goal.owner === 'unit';
  const label = goalHeading(goal);

  return (
    <section
      id={`goal-${goal.id}`}
      aria-label={label}
      className={mergeClasses(styles.goal, own && styles.unitGoal, props.highlightedId === goal.id && styles.highlighted)}
    >
      <div className={styles.header}>
        <Heading className={styles.heading}>
          <Button id={goalToggleId(goal.id)} appearance="transparent" className={styles.toggle} aria-expanded={open} aria-controls={bodyId} onClick={() => props.onToggle(goal.id)}>
            <Subtitle2>
              <Highlighted text={label} />
            </Subtitle2>
          </Button>
        </Heading>
        <span className={styles.badges}>
          <Badge appearance="tint" color="informative">
            {t.levels[goal.level]}
          </Badge>
          <Badge appearance="outline" color={own ? 'brand' : 'informative'}>
            {own ? t.ownedByUnit : t.ownedByForvaltning}
          </Badge>
        </span>
      </div>
      {open && (
        <div id={bodyId}>
          <Details goal={goal} />
          {goal.indicators.length > 0 && (
            <div className={styles.part}>
              <Subtitle2 className={styles.label}>{t.indicators}</Subtitle2>
              <IndicatorTable indicators={goal.indicators} caption={`${t.indicators}: ${label}`} />
            </div>
          )}
          {goal.activities.length > 0 && (
            <div className={styles.part}>
              <Subtitle2 className={styles.label}>{t.activities}</Subtitle2>
              <ActivityTable activities={goal.activities} caption={`${t.activities}: ${label}`} actions={actions} />
            </div>
          )}
          <div className={styles.actions}>
            <Button size="small" appearance="subtle" onClick={() => props.onCopyLink(goal)} aria-label={`${t.copyLink}: ${label}`}>
              {t.copyLink}
            </Button>
            {actions && own && (
              <>
                <Button size="small" onClick={() => actions.editGoal(goal)} aria-label={`${t.edit.edit}: ${label}`}>
                  {t.edit.edit}
                </Button>
                <Button size="small" onClick={() => actions.moveGoal(goal, props.siblings, -1)} disabled={props.siblings[0]?.id === goal.id} aria-label={`${t.moveUp}: ${label}`}>
                  {t.moveUp}
                </Button>
                <Button size="small" onClick={() => actions.moveGoal(goal, props.siblings, 1)} disabled={props.siblings.at(-1)?.id === goal.id} aria-label={`${t.moveDown}: ${label}`}>
                  {t.moveDown}
                </Button>
                <Button size="small" onClick={() => actions.deleteGoal(goal)} aria-label={`${t.edit.delete}: ${label}`}>
                  {t.edit.delete}
                </Button>
              </>
            )}
            {actions && (own || goal.level === 'committeeGoal') && (
              <Button size="small" onClick={() => actions.addActivity(goal)} aria-label={`${t.addActivity}: ${label}`}>
                {t.addActivity}
              </Button>
            )}
            {actions && goal.level === 'committeeGoal' && (
              <Button size="small" appearance="primary" onClick={() => actions.addGoal(goal)} aria-label={`${t.addUnitGoal}: ${label}`}>
                {t.addUnitGoal}
              </Button>
            )}
            <FlagGoalButton goalId={goal.id} label={label} />
          </div>
          <GoalAptPart goalId={goal.id} label={label} />
          <GoalCompetencePart goalId={goal.id} label={label} />
          {goal.children.map((child) => (
            <GoalBlock key={child.id} {...props} goal={child} siblings={goal.children.filter((c) => c.owner === child.owner)} depth={depth + 1} />
          ))}
        </div>
      )}
    </section>
  );
}

/** A goal's texts under their headings, those it has. */
export function Details({ goal }: { goal: GoalNode }) {
  const t = useStrings();
  const styles = useStyles();
  const parts: [string, ReactNode][] = [
    [t.description, goal.description ? <TextBlock text={goal.description} /> : null],
    [t.expectedResults, goal.expectedResults.length ? <LineList lines={goal.expectedResults} /> : null],
    [t.workingMethods, goal.workingMethods ? <TextBlock text={goal.workingMethods} /> : null],
    [t.resources, goal.resources.length ? <LineList lines={goal.resources} /> : null],
    [goal.level === 'focusArea' ? t.focusAreaFollowUp : t.followUp, goal.followUp.length ? <LineList lines={goal.followUp} /> : null],
    [t.development, goal.development ? <TextBlock text={goal.development} /> : null],
  ];
  return (
    <>
      {parts
        .filter(([, body]) => body)
        .map(([title, body]) => (
          <div key={title} className={styles.part}>
            <Subtitle2 className={styles.label}>{title}</Subtitle2>
            {body}
          </div>
        ))}
    </>
  );
}
