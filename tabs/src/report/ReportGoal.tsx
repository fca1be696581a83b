import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { goalHeading, type GoalNode } from '@vp/shared';
import { useState } from 'react';
import { useStrings } from '../i18n/strings';
import { LineList, TextBlock } from '../plan/TextBlock';
import { ActivityFields } from './ActivityFields';
import { GoalFields } from './GoalFields';
import { IndicatorFields } from './IndicatorFields';
import { askedIndicators, hasReportables } from './reportItems';
import type { ReportForm } from './useReport';

const useStyles = makeStyles({
  goal: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalL, marginTop: tokens.spacingVerticalM },
  unitGoal: { borderLeftColor: tokens.colorBrandStroke1 },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  text: { marginTop: tokens.spacingVerticalS },
});

/** A goal of the cascade in the report: an enhetsmål's assessment, the indicators due, the activities, and the goals under it. */
export function ReportGoal({ goal, depth, form }: { goal: GoalNode; depth: number; form: ReportForm }) {
  const t = useStrings();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  if (!hasReportables(goal, form.view.unitId, form.period)) return null;
  const Heading = `h${Math.min(depth + 2, 6)}` as 'h2';
  const label = goalHeading(goal);
  const own = goal.owner === 'unit';
  const textId = `report-goal-text-${goal.id}`;
  const hasText = goal.description || goal.expectedResults.length > 0 || goal.workingMethods;
  return (
    <section aria-label={label} className={mergeClasses(styles.goal, own && styles.unitGoal)}>
      <div className={styles.header}>
        <Heading className={styles.heading}>{label}</Heading>
        <Badge appearance="tint" color={own ? 'brand' : 'informative'}>
          {t.levels[goal.level]}
        </Badge>
        {hasText && (
          <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={textId} onClick={() => setOpen(!open)}>
            {open ? t.report.form.hideGoalText : t.report.form.showGoalText}
          </Button>
        )}
      </div>
      {open && (
        <div id={textId} className={styles.text}>
          {goal.description && <TextBlock text={goal.description} />}
          {goal.expectedResults.length > 0 && <LineList lines={goal.expectedResults} />}
          {goal.workingMethods && <TextBlock text={goal.workingMethods} />}
        </div>
      )}
      {own && <GoalFields goal={goal} form={form} />}
      {askedIndicators(goal, form.view.unitId, form.period).map((i) => (
        <IndicatorFields key={i.id} indicator={i} form={form} />
      ))}
      {goal.activities.map((a) => (
        <ActivityFields key={a.id} activity={a} form={form} />
      ))}
      {goal.children.map((child) => (
        <ReportGoal key={child.id} goal={child} depth={depth + 1} form={form} />
      ))}
    </section>
  );
}
