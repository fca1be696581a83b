import { MessageBar, MessageBarBody, Spinner, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { canEditUnit, type Period, type PlanTree, type UnitReportView } from '@vp/shared';
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { defaultPeriod } from '../nav/defaultPeriod';
import { IdentityPicker } from '../nav/IdentityPicker';
import { PeriodPicker, UnitPicker, YearPicker } from '../nav/Pickers';
import { NavBar } from '../nav/NavBar';
import { useDevCaller } from '../nav/useDevCaller';
import { useUnitChoice } from '../nav/useUnitChoice';
import { LeaveDialog } from '../report/LeaveDialog';
import { ReportEditor } from '../report/ReportEditor';
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
}

interface Loaded {
  key: string;
  tree: PlanTree;
  view: UnitReportView;
}

/** A unit's follow-up for a period: choose unit, year and period, then fill in the report. */
export function ReportPage({ api, route, identity, onIdentityChange }: ReportPageProps) {
  const t = useStrings();
  const styles = useStyles();
  const { devUsers, caller } = useDevCaller(api, identity);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [leavingTo, setLeavingTo] = useState<string | null>(null);

  const { units, plans, unitId, year, unit } = useUnitChoice(api, route, caller, setError);
  const period = route.period ?? (year ? defaultPeriod(year) : undefined);
  const key = `${unitId}/${year}/${period}`;

  useEffect(() => {
    if (!unitId || !year || !period) return;
    let current = true;
    Promise.all([api.getPlan(unitId, year), api.getReport(unitId, year, period)]).then(
      ([tree, view]) => current && (setLoaded({ key, tree, view }), setError(null)),
      (e: Error) => current && setError(e.message),
    );
    return () => void (current = false);
  }, [api, unitId, year, period, key]);

  const go = (hash: string) => (dirty ? setLeavingTo(hash) : (window.location.hash = hash));
  const pick = (next: { unitId?: string; year?: number; period?: Period }) => {
    const y = next.year ?? year;
    if (y) go(reportHash(next.unitId ?? unitId ?? '', y, next.period ?? period ?? defaultPeriod(y)));
  };
  const onDirtyChange = useCallback((d: boolean) => setDirty(d), []);
  const canEdit = Boolean(caller && unit && canEditUnit(caller, unit));
  const data = loaded?.key === key ? loaded : null;

  return (
    <main className={styles.page}>
      <NavBar current="report" unitId={unitId} forvaltningId={unit?.forvaltningId} year={year} period={period} onNavigate={go} />
      <Title2 as="h1">{unit && year && period ? t.report.form.title(unit.name, period, year) : t.report.nav.report}</Title2>
      <div className={styles.bar}>
        <IdentityPicker devUsers={devUsers} identity={identity} onChange={onIdentityChange} />
        <UnitPicker units={units} unitId={unitId} onChange={(id) => pick({ unitId: id })} />
        <YearPicker plans={plans} year={year} onChange={(y) => pick({ year: y })} />
        <PeriodPicker period={period} onChange={(p) => pick({ period: p })} />
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {!data && !error && <Spinner label={t.loading} />}
      {data && unitId && year && period && (
        <ReportEditor key={key} api={api} unitId={unitId} year={year} period={period} tree={data.tree} initial={data.view} canEdit={canEdit} onDirtyChange={onDirtyChange} />
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
