import { Spinner, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { canEditUnit, type Me, type Period } from '@vp/shared';
import { useCallback, useMemo, useState } from 'react';
import type { ApiClient } from '../api/client';
import { ApprovalPanel } from '../approval/ApprovalPanel';
import { useApproval } from '../approval/useApproval';
import { useStrings } from '../i18n/strings';
import { defaultPeriod } from '../nav/defaultPeriod';
import { IdentityPicker } from '../nav/IdentityPicker';
import { PeriodPicker, UnitPicker, YearPicker } from '../nav/Pickers';
import { NavBar } from '../nav/NavBar';
import { useDevCaller } from '../nav/useDevCaller';
import { useUnitChoice } from '../nav/useUnitChoice';
import { LeaveDialog } from '../report/LeaveDialog';
import { ReportEditor } from '../report/ReportEditor';
import { LoadFailure, anyFailed } from '../recover/LoadFailure';
import { useLoad } from '../recover/useLoad';
import { reportHash, type Route } from '../routing';

const useStyles = makeStyles({
  page: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`, maxWidth: '75rem', margin: '0 auto' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end', marginBottom: tokens.spacingVerticalL },
});

export interface ReportPageProps {
  api: ApiClient;
  route: Extract<Route, { page: 'report' }>;
  identity: string | null;
  onIdentityChange(id: string | null): void;
  /** Entra mode: who signed in (GET /api/me); the development identities are then gone. */
  signedIn?: Me;
}

/** A unit's follow-up for a period: choose unit, year and period, then fill in the report. */
export function ReportPage({ api, route, identity, onIdentityChange, signedIn }: ReportPageProps) {
  const t = useStrings();
  const styles = useStyles();
  const { devUsers, caller, load: devUsersLoad } = useDevCaller(api, identity, signedIn);
  const [dirty, setDirty] = useState(false);
  const [leavingTo, setLeavingTo] = useState<string | null>(null);

  const { units, plans, plansRead, unitId, year, planYear, unit, loads: choiceLoads } = useUnitChoice(api, route, caller);
  const period = route.period ?? (year ? defaultPeriod(year) : undefined);
  const key = `${unitId}/${year}/${period}`;
  const reportLoad = useLoad(
    useMemo(
      // The plan is read once the plans are known: a later year of a plan for several years is followed up against it.
      () =>
        unitId && year && planYear && period && plansRead
          ? () => Promise.all([api.getPlan(unitId, planYear), api.getReport(unitId, year, period)]).then(([tree, view]) => ({ tree, view }))
          : undefined,
      [api, unitId, year, planYear, period, plansRead],
    ),
  );
  const loads = [...choiceLoads, reportLoad, devUsersLoad];
  // A unit or year the server does not know: offer the unit's newest follow-up, or the start page.
  const newest = plans[0]?.year;
  const wayOn = unit && newest && newest !== year ? { href: reportHash(unit.id, newest, defaultPeriod(newest)), label: t.recover.showYear(newest) } : { href: '#/report', label: t.recover.showStart };

  const go = (hash: string) => (dirty ? setLeavingTo(hash) : (window.location.hash = hash));
  const pick = (next: { unitId?: string; year?: number; period?: Period }) => {
    const y = next.year ?? year;
    if (y) go(reportHash(next.unitId ?? unitId ?? '', y, next.period ?? period ?? defaultPeriod(y)));
  };
  const onDirtyChange = useCallback((d: boolean) => setDirty(d), []);
  const approval = useApproval(api, unit && year && period ? { subject: 'unitReport', forvaltningId: unit.forvaltningId, unitId: unit.id, year, period } : undefined);
  const canEdit = Boolean(caller && unit && canEditUnit(caller, unit));
  // The form's Skicka in took the submit step: the panel reads the approval again.
  const reloadApproval = approval?.load.reload;
  const data = reportLoad.data;

  return (
    <main className={styles.page}>
      <NavBar current="report" unitId={unitId} forvaltningId={unit?.forvaltningId} year={year} period={period} onNavigate={go} />
      <Title2 as="h1">{unit && year && period ? t.report.form.title(unit.name, period, year) : t.report.nav.report}</Title2>
      <div className={styles.bar}>
        <IdentityPicker devUsers={devUsers} identity={identity} onChange={onIdentityChange} />
        <UnitPicker units={units} unitId={unitId} onChange={(id) => pick({ unitId: id })} />
        <YearPicker plans={plans} year={year} eachYear onChange={(y) => pick({ year: y })} />
        <PeriodPicker period={period} onChange={(p) => pick({ period: p })} />
      </div>
      <LoadFailure loads={loads} wayOn={wayOn} />
      {!data && !anyFailed(loads) && <Spinner label={t.loading} />}
      {/* The form offers Skicka in itself (saying what is still empty); a step taken here reads the report again. */}
      {data && approval && <ApprovalPanel api={api} approval={approval} offered={['approve', 'return', 'reopen']} onChanged={() => void reportLoad.reload()} />}
      {data && unitId && year && period && (
        // A new status read from the server (an approval step in the panel) starts the form anew: it is read-only or free again.
        <ReportEditor
          key={`${key}/${data.view.statusAt ?? ''}`}
          api={api}
          unitId={unitId}
          year={year}
          period={period}
          tree={data.tree}
          initial={data.view}
          canEdit={canEdit}
          onDirtyChange={onDirtyChange}
          onStatusChange={reloadApproval}
        />
      )}
      {leavingTo !== null && (
        <LeaveDialog
          onStay={() => setLeavingTo(null)}
          onLeave={() => {
            setDirty(false);
            window.location.hash = leavingTo;
            setLeavingTo(null);
          }}
        />
      )}
    </main>
  );
}
