import { Body1, MessageBar, MessageBarBody, Spinner, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { pages } from '@microsoft/teams-js';
import { canEditUnit, editableStates, hasGoal, planAskedOfUnit, type GoalNode, type Me } from '@vp/shared';
import { useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../api/client';
import { ApprovalPanel } from '../approval/ApprovalPanel';
import { useApproval } from '../approval/useApproval';
import { GoalAptLoadFailure } from '../apt/GoalAptParts';
import { GoalAptContext, useGoalAptState } from '../apt/useGoalApt';
import { GoalCompetenceLoadFailure } from '../competence/GoalCompetencePart';
import { GoalCompetenceContext, useGoalCompetenceState } from '../competence/useGoalCompetence';
import type { Host } from '../host/host';
import { DownloadLink } from '../files/DownloadLink';
import { useStrings } from '../i18n/strings';
import { NavBar } from '../nav/NavBar';
import { IdentityPicker } from '../nav/IdentityPicker';
import { OrganisationPickers } from '../nav/OrganisationPickers';
import { UnitPicker, YearPicker } from '../nav/Pickers';
import { unitsOf } from '../nav/planChoices';
import { useDevCaller } from '../nav/useDevCaller';
import { useOrganisationChoice } from '../nav/useOrganisationChoice';
import { useUnitChoice } from '../nav/useUnitChoice';
import { PlanEditing, usePlanEditing } from '../plan/PlanEditing';
import { PlanSearch } from '../plan/PlanSearch';
import { PlanView } from '../plan/PlanView';
import { LoadFailure, anyFailed } from '../recover/LoadFailure';
import { MissingMessage } from '../recover/MissingMessage';
import { useLoad } from '../recover/useLoad';
import { planHash, subPageHash, type Route } from '../routing';

const useStyles = makeStyles({
  page: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`, maxWidth: '75rem', margin: '0 auto' },
  // A select is as wide as its longest option: on a phone it shrinks to the window instead.
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end', marginBottom: tokens.spacingVerticalL, '> *': { maxWidth: '100%', minWidth: 0 } },
  search: { minWidth: '18rem', flexGrow: 1 },
});

export interface PlanPageProps {
  api: ApiClient;
  host: Host;
  route: Extract<Route, { page: 'plan' }>;
  identity: string | null;
  onIdentityChange(id: string | null): void;
  /** Entra mode: who signed in (GET /api/me); the development identities are then gone. */
  signedIn?: Me;
}

/** A unit's plan for a year: choose unit, year (and identity locally), search, read and edit. */
export function PlanPage({ api, host, route, identity, onIdentityChange, signedIn }: PlanPageProps) {
  const t = useStrings();
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const { devUsers, caller, load: devUsersLoad } = useDevCaller(api, identity, signedIn);
  // A later year of a plan for several years shows that plan, under its first year.
  const { units, plans, plansRead, unitId, planYear: year, unit, loads: choiceLoads } = useUnitChoice(api, route, caller);
  const noPlans = plansRead && plans.length === 0;
  const organisation = useOrganisationChoice(api, unit?.forvaltningId ?? caller?.forvaltningId ?? undefined);
  const planLoad = useLoad(useMemo(() => (unitId && year ? () => api.getPlan(unitId, year) : undefined), [api, unitId, year]));
  // The unit's plan as the unit is asked it, as the plan's Word file has it.
  const tree = useMemo(() => (planLoad.data ? planAskedOfUnit(planLoad.data) : null), [planLoad.data]);
  const reload = planLoad.reload;
  const loads = [...choiceLoads, planLoad, devUsersLoad, ...organisation.loads];
  // A unit or year the server does not know: offer the unit's newest plan, or the start page.
  const newest = plans[0]?.year;
  const wayOn = unit && newest && newest !== year ? { href: planHash(unit.id, newest), label: t.recover.showYear(newest) } : { href: '#/plan', label: t.recover.showStart };

  // A sub-page that is a route was opened at start (openSubPage); any other names a goal.
  const focusGoal = route.goalId ?? (subPageHash(host.subPageId) ? undefined : host.subPageId);
  const missingGoal = tree && year && focusGoal && !hasGoal(tree.goals, focusGoal) ? focusGoal : null;
  useEffect(() => {
    if (tree && focusGoal) document.getElementById(`goal-${focusGoal}`)?.scrollIntoView({ block: 'start' });
  }, [tree, focusGoal]);

  const approval = useApproval(api, unit && year ? { subject: 'unitPlan', forvaltningId: unit.forvaltningId, unitId: unit.id, year, period: null } : undefined);
  // A submitted or approved plan waits for its approver (or a reopening) before it changes.
  const locked = approval?.view ? !editableStates.includes(approval.view.state) : false;
  const canEdit = Boolean(caller && unit && canEditUnit(caller, unit)) && !locked;
  // Flags and APT notes beside the goals: read once for the page. Flagging changes no plan item, so a locked plan may be flagged.
  const goalApt = useGoalAptState(api, unit, year, caller);
  // The competence rows linked to the goals: likewise read once for the page.
  const goalCompetence = useGoalCompetenceState(api, unit, year);
  const editing = usePlanEditing({ api, unitId: unitId ?? '', year: year ?? 0, onChanged: reload, onError: setProblem });

  const go = (nextUnit: string | undefined, nextYear: number | undefined) => {
    if (nextUnit) window.location.hash = planHash(nextUnit, nextYear ?? year ?? 0);
  };
  const copyLink = async (goal: GoalNode) => {
    if (host.kind === 'teams') {
      await pages.shareDeepLink({ subPageId: goal.id, subPageLabel: goal.title });
      return;
    }
    const url = new URL(window.location.href);
    url.hash = planHash(unitId!, year!, goal.id);
    await navigator.clipboard?.writeText(url.toString()).catch(() => undefined);
    window.history.replaceState(null, '', url);
    setNotice(t.linkCopied);
  };

  return (
    <main className={styles.page}>
      <NavBar current="plan" unitId={unitId} forvaltningId={unit?.forvaltningId} year={year} />
      <Title2 as="h1">{tree?.plan ? `${tree.plan.title} – ${tree.unit?.name}` : t.appName}</Title2>
      <div className={styles.bar}>
        <IdentityPicker devUsers={devUsers} identity={identity} onChange={onIdentityChange} />
        <OrganisationPickers choice={organisation} units={units} currentHash={unitId && year ? planHash(unitId, year) : undefined} />
        <UnitPicker units={unitsOf(units, organisation.forvaltningId)} unitId={unitId} onChange={(id) => go(id, undefined)} />
        <YearPicker plans={plans} year={year} onChange={(y) => go(unitId, y)} />
        <PlanSearch tree={tree} query={query} onChange={setQuery} className={styles.search} />
        {tree && unitId && year && (
          <DownloadLink api={api} href={api.planDocxUrl(unitId, year)}>
            {t.downloadPlan}
          </DownloadLink>
        )}
      </div>
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {!canEdit && !locked && tree && devUsers.length > 0 && <Body1 as="p">{t.readOnlyHint}</Body1>}
      <LoadFailure loads={loads} wayOn={wayOn} />
      {missingGoal && unitId && year && (
        // Teams' subPageId outlives a change of hash: a link to the top would not take its message away.
        <MissingMessage message={t.recover.goalMissing(missingGoal, year)} wayOn={route.goalId ? { href: planHash(unitId, year), label: t.recover.toPlanTop } : undefined} />
      )}
      {noPlans && unit && <Body1 as="p">{t.noUnitPlan(unit.name)}</Body1>}
      {!tree && !noPlans && !anyFailed(loads) && <Spinner label={t.loading} />}
      {tree && approval && <ApprovalPanel api={api} approval={approval} onChanged={() => void reload()} />}
      {tree && (
        <GoalAptContext.Provider value={goalApt}>
          <GoalCompetenceContext.Provider value={goalCompetence}>
            <GoalAptLoadFailure />
            <GoalCompetenceLoadFailure />
            <PlanView tree={tree} query={query} highlightedId={focusGoal} actions={canEdit ? editing.actions : undefined} onCopyLink={copyLink} />
          </GoalCompetenceContext.Provider>
        </GoalAptContext.Provider>
      )}
      <PlanEditing state={editing} />
    </main>
  );
}
