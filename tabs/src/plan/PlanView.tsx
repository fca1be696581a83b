import { Body1, Button, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { GoalNode, PlanTree, SectionNode } from '@vp/shared';
import { useMemo, useState } from 'react';
import { useStrings } from '../i18n/strings';
import { visibleGoalIds, matchingSections } from './filterPlan';
import { GoalBlock } from './GoalBlock';
import type { PlanActions } from './PlanActions';
import { TextBlock } from './TextBlock';

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  section: { marginTop: tokens.spacingVerticalXS },
  sectionHeader: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  toggle: { minWidth: 0, paddingLeft: 0, justifyContent: 'flex-start' },
});

export interface PlanViewProps {
  tree: PlanTree;
  query: string;
  highlightedId?: string;
  actions?: PlanActions;
  onCopyLink(goal: GoalNode): void;
}

/** The plan as the document staff know: its texts (inledning, verksamhetsbeskrivning, …), then the goal cascade. */
export function PlanView({ tree, query, highlightedId, actions, onCopyLink }: PlanViewProps) {
  const t = useStrings();
  const styles = useStyles();
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const visible = useMemo(() => visibleGoalIds(tree.goals, query), [tree.goals, query]);
  const sections = useMemo(() => matchingSections(tree.sections, query), [tree.sections, query]);
  const allIds = useMemo(() => flattenIds(tree.goals), [tree.goals]);
  const toggle = (id: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const nothing = visible !== null && visible.size === 0 && sections.length === 0;

  return (
    <>
      <div className={styles.toolbar}>
        <Button size="small" onClick={() => setCollapsed(new Set())}>
          {t.expandAll}
        </Button>
        <Button size="small" onClick={() => setCollapsed(new Set(allIds))}>
          {t.collapseAll}
        </Button>
      </div>
      {nothing && <Body1 role="status">{t.noMatches}</Body1>}
      {sections.length > 0 && (
        <section className={styles.section} aria-label={t.sections}>
          <Subtitle1 as="h2" className={styles.heading}>
            {t.sections}
          </Subtitle1>
          {sections.map((s) => (
            <SectionBlock key={s.id} section={s} actions={actions} open={query.trim() !== ''} />
          ))}
        </section>
      )}
      {tree.goals.map((goal) => (
        <GoalBlock
          key={goal.id}
          goal={goal}
          siblings={tree.goals}
          depth={0}
          collapsed={collapsed}
          onToggle={toggle}
          visible={visible}
          highlightedId={highlightedId}
          actions={actions}
          onCopyLink={onCopyLink}
        />
      ))}
    </>
  );
}

/** A plan text, closed by default so the goals stay in view; a search opens the matching ones. */
function SectionBlock({ section, actions, open: openByQuery }: { section: SectionNode; actions?: PlanActions; open: boolean }) {
  const t = useStrings();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const shown = open || openByQuery;
  const bodyId = `section-body-${section.key}`;
  return (
    <section id={`section-${section.key}`} className={styles.section} aria-label={section.title}>
      <div className={styles.sectionHeader}>
        <h3 className={styles.heading}>
          <Button appearance="transparent" className={styles.toggle} aria-expanded={shown} aria-controls={bodyId} onClick={() => setOpen(!shown)}>
            <Subtitle2>{section.title}</Subtitle2>
          </Button>
        </h3>
        {actions && (
          <Button size="small" onClick={() => actions.editSection(section)} aria-label={`${t.edit.edit}: ${section.title}`}>
            {t.edit.edit}
          </Button>
        )}
      </div>
      {shown && <div id={bodyId}>{section.text ? <TextBlock text={section.text} /> : <Body1>–</Body1>}</div>}
    </section>
  );
}

function flattenIds(goals: GoalNode[]): string[] {
  return goals.flatMap((g) => [g.id, ...flattenIds(g.children)]);
}
