import { Body1, Field, Select, Spinner, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { canEditForvaltning, Period, type Me, type StoredCompetenceRow } from '@vp/shared';
import { useCallback, useMemo, useState } from 'react';
import type { ApiClient } from '../api/client';
import { CompetenceFollowUp } from '../competence/CompetenceFollowUp';
import { CompetenceDeleteDialog } from '../competence/CompetenceDeleteDialog';
import { CompetenceRowDialog } from '../competence/CompetenceRowDialog';
import { CompetenceTables, newRowButton } from '../competence/CompetenceTables';
import { DownloadLink } from '../files/DownloadLink';
import { useStrings } from '../i18n/strings';
import { IdentityPicker } from '../nav/IdentityPicker';
import { NavBar } from '../nav/NavBar';
import { OrganisationPickers } from '../nav/OrganisationPickers';
import { useDevCaller } from '../nav/useDevCaller';
import { useOrganisationChoice } from '../nav/useOrganisationChoice';
import { LoadFailure, anyFailed } from '../recover/LoadFailure';
import { useLoad } from '../recover/useLoad';
import { competenceHash, type Route } from '../routing';

const useStyles = makeStyles({
  page: { padding: `${tokens.spacingVerticalL} clamp(${tokens.spacingHorizontalM}, 3vw, ${tokens.spacingHorizontalXXL})`, maxWidth: '90rem', margin: '0 auto' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end', marginBottom: tokens.spacingVerticalL, '> *': { maxWidth: '100%', minWidth: 0 } },
});

export interface CompetencePageProps {
  api: ApiClient;
  route: Extract<Route, { page: 'competence' }>;
  identity: string | null;
  onIdentityChange(id: string | null): void;
  /** Entra mode: who signed in; the development identities are then gone. */
  signedIn?: Me;
}

/** The years offered: a few back (plans are written for the coming years and followed up after) and the next. */
function yearsAround(year: number, now = new Date().getFullYear()): number[] {
  const years = new Set([year]);
  for (let y = now - 4; y <= now + 1; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/**
 * A förvaltning's competence-supply plan for a year, grouped as the document is: per avdelning, per
 * UBARA category. The förvaltning's avdelningschef edits a row in a dialog. With a period in the route
 * (Visa: Uppföljning …) the page shows that period's follow-up instead.
 */
export function CompetencePage({ api, route, identity, onIdentityChange, signedIn }: CompetencePageProps) {
  const t = useStrings();
  const c = t.competence;
  const styles = useStyles();
  const { devUsers, caller, load: devUsersLoad } = useDevCaller(api, identity, signedIn);
  const organisation = useOrganisationChoice(api, route.forvaltningId ?? caller?.forvaltningId ?? undefined);
  const { forvaltningId } = organisation;
  const unitsLoad = useLoad(useCallback(() => api.listUnits(), [api]));
  // No year in the link: the plan's newest year once the förvaltning's plans are read (this year when it has none).
  const newest = organisation.plans && (organisation.plans.competenceYears[0] ?? new Date().getFullYear());
  const year = route.year ?? newest;
  const rowsLoad = useLoad(useMemo(() => (forvaltningId && year ? () => api.listCompetenceRows(forvaltningId, year) : undefined), [api, forvaltningId, year]));
  const period = route.period;
  const followUpLoad = useLoad(useMemo(() => (forvaltningId && year && period ? () => api.readCompetenceFollowUp(forvaltningId, year, period) : undefined), [api, forvaltningId, year, period]));
  const [editing, setEditing] = useState<StoredCompetenceRow | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const [removing, setRemoving] = useState<StoredCompetenceRow | null>(null);
  const [saved, setSaved] = useState('');
  const loads = [devUsersLoad, unitsLoad, ...organisation.loads, rowsLoad, ...(period ? [followUpLoad] : [])];
  // The page offers only what the API would allow (403 otherwise).
  const canEdit = caller && forvaltningId ? canEditForvaltning(caller, forvaltningId) : false;
  const rows = rowsLoad.data;

  const afterSave = async () => {
    setEditing(null);
    setSaved(c.saved);
    await rowsLoad.reload();
  };
  const afterCreate = async () => {
    setAdding(null);
    setSaved(c.created);
    await rowsLoad.reload();
  };
  // The row and its buttons go: focus to its avdelning's Ny rad, or to the page's heading when the avdelning goes too.
  const afterRemove = async (row: StoredCompetenceRow) => {
    const avdelningStays = rows?.some((r) => r.avdelning === row.avdelning && r.id !== row.id);
    (avdelningStays ? newRowButton(row.avdelning) : document.getElementById('competence-title'))?.focus();
    setRemoving(null);
    setSaved(c.removed);
    await rowsLoad.reload();
  };
  const edit = (row: StoredCompetenceRow) => (setSaved(''), setEditing(row));

  return (
    <main className={styles.page}>
      <NavBar current="competence" forvaltningId={forvaltningId} year={year} />
      <Title2 as="h1" id="competence-title" tabIndex={-1}>{year ? c.titleOf(year) : c.title}</Title2>
      <div className={styles.bar}>
        <IdentityPicker devUsers={devUsers} identity={identity} onChange={onIdentityChange} />
        <OrganisationPickers choice={organisation} units={unitsLoad.data ?? []} currentHash={forvaltningId && year ? competenceHash(forvaltningId, year) : undefined} />
        <Field label={c.year}>
          <Select value={year ? String(year) : ''} onChange={(_, d) => forvaltningId && (window.location.hash = competenceHash(forvaltningId, Number(d.value), period))} disabled={!forvaltningId || !year}>
            {yearsAround(year ?? new Date().getFullYear()).map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={c.show}>
          <Select value={period ?? ''} onChange={(_, d) => forvaltningId && year && (window.location.hash = competenceHash(forvaltningId, year, Period.safeParse(d.value).data))} disabled={!forvaltningId || !year}>
            <option value="">{c.showPlan}</option>
            {Period.options.map((p) => (
              <option key={p} value={p}>
                {c.followUpOf(p)}
              </option>
            ))}
          </Select>
        </Field>
        {forvaltningId && year && rows && rows.length > 0 && (
          <DownloadLink api={api} href={api.competenceDocxUrl(forvaltningId, year)}>
            {t.report.download}
          </DownloadLink>
        )}
      </div>
      <LoadFailure loads={loads} />
      <div role="status" aria-live="polite">
        {saved && <Body1 as="p">{saved}</Body1>}
      </div>
      {!forvaltningId && organisation.read ? (
        <Body1 as="p">{c.noForvaltning}</Body1>
      ) : rows && year ? (
        rows.length === 0 ? (
          <Body1 as="p">{c.none(year)}</Body1>
        ) : period ? (
          followUpLoad.data ? (
            <CompetenceFollowUp key={`${year}-${period}`} api={api} rows={rows} view={followUpLoad.data} canEdit={canEdit} />
          ) : (
            !anyFailed(loads) && <Spinner size="small" label={t.loading} />
          )
        ) : (
          <CompetenceTables
            rows={rows}
            onEdit={canEdit ? edit : undefined}
            onRemove={canEdit ? (row) => (setSaved(''), setRemoving(row)) : undefined}
            onAdd={canEdit ? (avdelning) => (setSaved(''), setAdding(avdelning)) : undefined}
          />
        )
      ) : (
        !anyFailed(loads) && <Spinner size="small" label={t.loading} />
      )}
      {adding && forvaltningId && year && (
        <CompetenceRowDialog api={api} place={{ forvaltningId, year, avdelning: adding }} onSaved={() => void afterCreate()} onClose={() => setAdding(null)} />
      )}
      {removing && <CompetenceDeleteDialog api={api} row={removing} onDeleted={(row) => void afterRemove(row)} onClose={() => setRemoving(null)} />}
      {editing && <CompetenceRowDialog api={api} row={editing} onSaved={() => void afterSave()} onClose={() => (setEditing(null), void rowsLoad.reload())} />}
    </main>
  );
}
