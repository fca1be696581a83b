import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { GoalNode, PlanTree } from '@vp/shared';
import { useMemo, useState } from 'react';
import { useStrings } from '../i18n/strings';
import { foldQuery, matchingSections, visibleGoalIds } from './filterPlan';
import { GoalBlock } from './GoalBlock';
import { SearchQueryContext } from './Highlighted';
import type { PlanActions } from './PlanActions';
import { EMPTY_SECTIONS, PlanSections } from './PlanSections';
import { Preschools } from './Preschools';
import { useOpenSections } from './useOpenSections';

const useStyles = makeStyles({
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
});

export interface PlanViewProps {
  tree: PlanTree;
  query: string;
  highlightedId?: string;
  actions?: PlanActions;
  onCopyLink(goal: GoalNode): void;
}

/** The plan as the document staff know: the unit's preschools, its texts (inledning, verksamhetsbeskrivning, …), then the goal cascade. */
export function PlanView({ tree, query, highlightedId, actions, onCopyLink }: PlanViewProps) {
  const t = useStrings();
  const styles = useStyles();
  const folded = foldQuery(query);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const openSections = useOpenSections(folded);
  const visible = useMemo(() => visibleGoalIds(tree.goals, query), [tree.goals, query]);
  const sections = useMemo(() => matchingSections(tree.sections, query), [tree.sections, query]);
  const allIds = useMemo(() => flattenIds(tree.goals), [tree.goals]);
  const sectionIds = useMemo(() => [...tree.sections.map((s) => s.id), EMPTY_SECTIONS], [tree.sections]);
  const toggle = (id: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const nothing = visible !== null && visible.size === 0 && sections.length === 0;

  return (
    <SearchQueryContext.Provider value={folded}>
      {tree.unit && <Preschools unit={tree.unit} />}
      <div className={styles.toolbar}>
        <Button
          size="small"
          onClick={() => {
            setCollapsed(new Set());
            openSections.openAll(sectionIds);
          }}
        >
          {t.expandAll}
        </Button>
        <Button
          size="small"
          onClick={() => {
            setCollapsed(new Set(allIds));
            openSections.closeAll(sectionIds);
          }}
        >
          {t.collapseAll}
        </Button>
      </div>
      {nothing && <Body1 as="p">{t.noMatches}</Body1>}
      {sections.length > 0 && <PlanSections sections={sections} isOpen={openSections.isOpen} onToggle={openSections.toggle} actions={actions} />}
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
    </SearchQueryContext.Provider>
  );
}

function flattenIds(goals: GoalNode[]): string[] {
  return goals.flatMap((g) => [g.id, ...flattenIds(g.children)]);
}
