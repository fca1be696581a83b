import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { listHeading, rootGroups, sectionsAroundGoals, type GoalNode, type PlanTree } from '@vp/shared';
import { useMemo, useState } from 'react';
import { useStrings } from '../i18n/strings';
import { foldQuery, matchingSections, visibleGoalIds } from './filterPlan';
import { GoalBlock } from './GoalBlock';
import { GoalList } from './GoalList';
import { SearchQueryContext } from './Highlighted';
import type { PlanActions } from './PlanActions';
import { EMPTY_AFTER_GOALS, EMPTY_BEFORE_GOALS, PlanSections } from './PlanSections';
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

/**
 * The plan as the document staff know: the unit's preschools, its texts (inledning, verksamhetsbeskrivning, …),
 * the goal cascade, then the economy part and what follows it (sectionsAroundGoals), as the plans print them.
 * A focus-area plan's nämnd goals and verksamhetsmål are lists under a heading each (rootGroups).
 */
export function PlanView({ tree, query, highlightedId, actions, onCopyLink }: PlanViewProps) {
  const t = useStrings();
  const styles = useStyles();
  const folded = foldQuery(query);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const openSections = useOpenSections(folded);
  const visible = useMemo(() => visibleGoalIds(tree.goals, query), [tree.goals, query]);
  // Split before the search filters, so that a search cannot move a text to the other side of the goals.
  const around = useMemo(() => sectionsAroundGoals(tree.sections), [tree.sections]);
  const before = useMemo(() => matchingSections(around.beforeGoals, query), [around, query]);
  const after = useMemo(() => matchingSections(around.afterGoals, query), [around, query]);
  const allIds = useMemo(() => flattenIds(tree.goals), [tree.goals]);
  const groups = useMemo(() => rootGroups(tree.goals), [tree.goals]);
  const sectionIds = useMemo(() => [...tree.sections.map((s) => s.id), EMPTY_BEFORE_GOALS, EMPTY_AFTER_GOALS], [tree.sections]);
  const toggle = (id: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const nothing = visible !== null && visible.size === 0 && before.length === 0 && after.length === 0;

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
      {before.length > 0 && (
        <PlanSections title={t.sections} sections={before} emptyId={EMPTY_BEFORE_GOALS} isOpen={openSections.isOpen} onToggle={openSections.toggle} actions={actions} />
      )}
      {groups.map((group) =>
        group.kind === 'list' ? (
          <GoalList
            key={group.goals[0]!.id}
            heading={listHeading(group.level, tree.plan ?? tree, t.levels)}
            goals={group.goals}
            visible={visible}
            highlightedId={highlightedId}
            actions={actions}
            onCopyLink={onCopyLink}
          />
        ) : (
          <GoalBlock
            key={group.goal.id}
            goal={group.goal}
            // Moved among the roots of its own level and owner: a focus area among the focus areas.
            siblings={tree.goals.filter((g) => g.level === group.goal.level && g.owner === group.goal.owner)}
            depth={0}
            collapsed={collapsed}
            onToggle={toggle}
            visible={visible}
            highlightedId={highlightedId}
            actions={actions}
            onCopyLink={onCopyLink}
          />
        ),
      )}
      {after.length > 0 && (
        <PlanSections title={t.sectionsAfterGoals} sections={after} emptyId={EMPTY_AFTER_GOALS} isOpen={openSections.isOpen} onToggle={openSections.toggle} actions={actions} />
      )}
    </SearchQueryContext.Provider>
  );
}

function flattenIds(goals: GoalNode[]): string[] {
  return goals.flatMap((g) => [g.id, ...flattenIds(g.children)]);
}
