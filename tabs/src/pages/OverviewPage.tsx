import { Body1, Button, Field, Link, MessageBar, MessageBarBody, Select, Spinner, Subtitle1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { canEditForvaltning, type IndicatorRollup, type Me, type Period, type Overview, type Summary } from '@vp/shared';
import { useCallback, useContext, useMemo, useState } from 'react';
import type { ApiClient } from '../api/client';
import { ApprovalPanel } from '../approval/ApprovalPanel';
import { useApproval } from '../approval/useApproval';
import { DownloadLink } from '../files/DownloadLink';
import { LanguageContext, useStrings } from '../i18n/strings';
import { defaultPeriod } from '../nav/defaultPeriod';
import { IdentityPicker } from '../nav/IdentityPicker';
import { PeriodPicker } from '../nav/Pickers';
import { NavBar } from '../nav/NavBar';
import { useDevCaller } from '../nav/useDevCaller';
import { ApplicabilityDialog } from '../overview/ApplicabilityDialog';
import { OverviewView } from '../overview/OverviewView';
import { SummaryList } from '../overview/SummaryList';
import { useGoalAnalyses } from '../overview/useGoalAnalyses';
import { useOverviewYears } from '../overview/useOverviewYears';
import { LoadFailure, anyFailed } from '../recover/LoadFailure';
import { useLoad } from '../recover/useLoad';
import { formatDateTime } from '../report/format';
import { overviewHash, summariesHash, type Route } from '../routing';

const useStyles = makeStyles({
  page: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`, maxWidth: '75rem', margin: '0 auto' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end', marginBottom: tokens.spacingVerticalL },
  summary: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'baseline' },
  part: { marginTop: tokens.spacingVerticalXXL },
});

export interface OverviewPageProps {
  api: ApiClient;
  route: Extract<Route, { page: 'overview' | 'summaries' }>;
  identity: string | null;
  onIdentityChange(id: string | null): void;
  /** Entra mode: who signed in (GET /api/me); the development identities are then gone. */
  signedIn?: Me;
}

/** The förvaltning's follow-up: the live roll-up for a year and period, and the dated tertial summaries. */
export function OverviewPage({ api, route, identity, onIdentityChange, signedIn }: OverviewPageProps) {
  const t = useStrings();
  const o = t.report.overview;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  const { devUsers, caller, load: devUsersLoad } = useDevCaller(api, identity, signedIn);
  // Why creating a summary failed, while the same data shows (the loads' failures show in LoadFailure).
  const [problem, setProblem] = useState<{ on: unknown; message: string } | null>(null);
  const [creating, setCreating] = useState(false);
  // The indicator whose units are being chosen ("Gäller för").
  const [applying, setApplying] = useState<IndicatorRollup | null>(null);

  const forvaltningarLoad = useLoad(useCallback(() => api.listForvaltningar(), [api]));
  const forvaltningar = forvaltningarLoad.data ?? [];
  const forvaltningId = route.forvaltningId ?? caller?.forvaltningId ?? forvaltningar[0]?.id;
  const { years, load: yearsLoad } = useOverviewYears(api, forvaltningId, route.page === 'overview' ? route.year : undefined);
  const summariesLoad = useLoad(useMemo(() => (forvaltningId ? () => api.listSummaries(forvaltningId) : undefined), [api, forvaltningId]));
  const summaries = summariesLoad.data ?? [];
  const summaryId = route.page === 'summaries' ? route.summaryId : undefined;
  const live = route.page === 'overview';
  const liveYear = live ? (route.year ?? years[0]) : undefined;
  const livePeriod = live ? (route.period ?? (liveYear ? defaultPeriod(liveYear) : undefined)) : undefined;
  const shownLoad = useLoad(
    useMemo((): (() => Promise<{ overview: Overview; summary?: Summary }>) | undefined => {
      if (!forvaltningId) return undefined;
      if (summaryId) return () => api.getSummary(forvaltningId, summaryId).then((summary) => ({ overview: summary.overview, summary }));
      if (liveYear && livePeriod) return () => api.getOverview(forvaltningId, liveYear, livePeriod).then((overview) => ({ overview }));
      return undefined;
    }, [api, forvaltningId, summaryId, liveYear, livePeriod]),
  );
  const data = shownLoad.data ?? null;
  const year = live ? liveYear : data?.overview.year;
  const period = live ? livePeriod : data?.overview.period;
  const mayWriteAnalysis = Boolean(caller && forvaltningId && canEditForvaltning(caller, forvaltningId));
  const { analyses, load: analysesLoad } = useGoalAnalyses(api, forvaltningId, year, period, mayWriteAnalysis);
  const loads = [forvaltningarLoad, yearsLoad, shownLoad, summariesLoad, devUsersLoad, analysesLoad];
  // The förvaltning's tertial summary for the year and period: the avdelningschef approves it.
  const approval = useApproval(api, forvaltningId && year && period ? { subject: 'summary', forvaltningId, unitId: null, year, period } : undefined);
  // A förvaltning or summary the server does not know: offer the list of summaries, or the start page.
  const wayOn = summaryId && forvaltningId && forvaltningar.some((f) => f.id === forvaltningId) ? { href: summariesHash(forvaltningId), label: t.recover.showSummaries } : { href: '#/overview', label: t.recover.showStart };

  const go = (next: { forvaltningId?: string; year?: number; period?: Period }) => {
    const f = next.forvaltningId ?? forvaltningId;
    const y = next.year ?? year;
    if (f && y) window.location.hash = overviewHash(f, y, next.period ?? period ?? defaultPeriod(y));
  };
  const create = async () => {
    if (!forvaltningId || !year || !period) return;
    setCreating(true);
    try {
      const summary = await api.createSummary(forvaltningId, year, period);
      void summariesLoad.reload();
      window.location.hash = summariesHash(forvaltningId, summary.id);
    } catch (e) {
      setProblem({ on: data, message: (e as Error).message });
    } finally {
      setCreating(false);
    }
  };

  const listOnly = route.page === 'summaries' && !summaryId;
  const name = forvaltningar.find((f) => f.id === forvaltningId)?.name ?? data?.overview.forvaltningName ?? '';
  // The live overview only: a summary keeps the roll-up as it was.
  const mayEdit = live && Boolean(caller && forvaltningId && canEditForvaltning(caller, forvaltningId));

  return (
    <main className={styles.page}>
      <NavBar current="overview" forvaltningId={forvaltningId} unitId={caller?.unitIds[0]} year={year} period={period} />
      <Title2 as="h1">{data?.summary ? o.summaryTitle(data.summary.period, data.summary.year) : year && period && name ? o.title(name, period, year) : o.summaries}</Title2>
      <div className={styles.bar}>
        <IdentityPicker devUsers={devUsers} identity={identity} onChange={onIdentityChange} />
        {forvaltningar.length > 1 && (
          <Field label={o.forvaltning}>
            <Select value={forvaltningId ?? ''} onChange={(_, d) => go({ forvaltningId: d.value })}>
              {forvaltningar.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label={t.year}>
          <Select value={year ? String(year) : ''} onChange={(_, d) => go({ year: Number(d.value) })}>
            {[...new Set([...years, ...(year ? [year] : [])])].map((y) => (
              <option key={y}>{y}</option>
            ))}
          </Select>
        </Field>
        <PeriodPicker period={period} onChange={(p) => go({ period: p })} />
        {mayEdit && (
          <Button appearance="primary" onClick={() => void create()} disabledFocusable={creating} icon={creating ? <Spinner size="tiny" /> : undefined}>
            {creating ? o.creating : o.createSummary}
          </Button>
        )}
      </div>
      <LoadFailure loads={loads} wayOn={wayOn} />
      {problem?.on === data && (
        <MessageBar intent="error">
          <MessageBarBody>{problem.message}</MessageBarBody>
        </MessageBar>
      )}
      {data?.summary && forvaltningId && (
        <div className={styles.summary}>
          <Body1>{o.summaryMeta(formatDateTime(data.summary.createdAt, language), data.summary.createdBy)}</Body1>
          <DownloadLink api={api} href={api.summaryDocxUrl(forvaltningId, data.summary.id)}>
            {t.report.download}
          </DownloadLink>
          <Link href={overviewHash(forvaltningId, data.summary.year, data.summary.period)}>{o.showLive}</Link>
        </div>
      )}
      {!listOnly && !data && !anyFailed(loads) && <Spinner label={t.loading} />}
      {!listOnly && data && approval && <ApprovalPanel api={api} approval={approval} />}
      {!listOnly && data && <OverviewView overview={data.overview} analyses={analyses} onEditApplicability={mayEdit ? setApplying : undefined} />}
      {applying && forvaltningId && year && data && (
        <ApplicabilityDialog
          api={api}
          forvaltningId={forvaltningId}
          year={year}
          indicator={applying}
          units={data.overview.units}
          onClose={() => setApplying(null)}
          onSaved={() => {
            setApplying(null);
            void shownLoad.reload();
          }}
        />
      )}
      {forvaltningId && (
        <section className={styles.part} aria-label={o.summaries}>
          <Subtitle1 as="h2">{o.summaries}</Subtitle1>
          <SummaryList forvaltningId={forvaltningId} summaries={summaries} currentId={summaryId} />
        </section>
      )}
    </main>
  );
}
