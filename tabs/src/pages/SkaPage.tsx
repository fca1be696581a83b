import { Body1, Spinner, Title2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { canEditSka, skaScopeLabels, type Me, type SkaAssessmentView, type SkaPerspective, type SkaStrategyKey, type SkaUnitAssessmentView, type StoredSkaArea } from '@vp/shared';
import { useCallback, useMemo, useState } from 'react';
import type { ApiClient } from '../api/client';
import { DownloadLink } from '../files/DownloadLink';
import { useStrings } from '../i18n/strings';
import { IdentityPicker } from '../nav/IdentityPicker';
import { NavBar } from '../nav/NavBar';
import { OrganisationPickers } from '../nav/OrganisationPickers';
import { useDevCaller } from '../nav/useDevCaller';
import { useOrganisationChoice } from '../nav/useOrganisationChoice';
import { LoadFailure, anyFailed } from '../recover/LoadFailure';
import { useLoad } from '../recover/useLoad';
import { skaHash, type Route } from '../routing';
import { AnalysisDialog } from '../ska/AnalysisDialog';
import { AnalysisSection } from '../ska/AnalysisSection';
import { AreaDialog, type AreaPart } from '../ska/AreaDialog';
import { AreaBlock, FollowUpBlock } from '../ska/AreasSection';
import { AssessmentTables } from '../ska/AssessmentTables';
import { ResultTables } from '../ska/ResultTables';
import { ScoresDialog } from '../ska/ScoresDialog';
import { UnitAssessmentSection } from '../ska/UnitAssessmentSection';
import { UnitScoresDialog } from '../ska/UnitScoresDialog';

const useStyles = makeStyles({
  page: { padding: `${tokens.spacingVerticalL} clamp(${tokens.spacingHorizontalM}, 3vw, ${tokens.spacingHorizontalXXL})`, maxWidth: '90rem', margin: '0 auto' },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end', marginBottom: tokens.spacingVerticalL, '> *': { maxWidth: '100%', minWidth: 0 } },
  part: { marginTop: tokens.spacingVerticalXL },
});

export interface SkaPageProps {
  api: ApiClient;
  route: Extract<Route, { page: 'ska' }>;
  identity: string | null;
  onIdentityChange(id: string | null): void;
  /** Entra mode: who signed in; the development identities are then gone. */
  signedIn?: Me;
}

type Editing =
  | { kind: 'scores'; assessment: SkaAssessmentView; strategy: SkaStrategyKey }
  | { kind: 'unitScores'; assessment: SkaUnitAssessmentView; strategy: SkaStrategyKey }
  | { kind: 'analysis'; perspective: SkaPerspective }
  | { kind: 'area'; area: StoredSkaArea; part: AreaPart };

/**
 * A förvaltning's plan for systematic quality work (SKA) of a läsår and scope, in the document's parts:
 * Resultat (last läsår's areas followed up, the result tables), Självskattning, Analys and the
 * förbättrings- and utvecklingsområden. The förvaltning's leader edits scores and analysis texts.
 */
export function SkaPage({ api, route, identity, onIdentityChange, signedIn }: SkaPageProps) {
  const strings = useStrings();
  const t = strings.ska;
  const styles = useStyles();
  const { devUsers, caller, load: devUsersLoad } = useDevCaller(api, identity, signedIn);
  const organisation = useOrganisationChoice(api, route.forvaltningId ?? caller?.forvaltningId ?? undefined);
  const { forvaltningId, ska: refs } = organisation;
  // No läsår or scope in the link: the newest läsår, and its first scope.
  const year = route.year ?? refs?.[0]?.year;
  const scope = route.scope ?? refs?.find((r) => r.year === year)?.scope;
  const planLoad = useLoad(useMemo(() => (forvaltningId && year && scope ? () => api.getSkaPlan(forvaltningId, scope, year) : undefined), [api, forvaltningId, year, scope]));
  const unitsLoad = useLoad(useCallback(() => api.listUnits(), [api]));
  // The unit the caller leads in this förvaltning (one of their own units, not every unit a förvaltning leader may edit), scored here.
  const ownUnit = caller && forvaltningId
    ? unitsLoad.data?.find((u) => u.forvaltningId === forvaltningId && caller.unitIds.includes(u.id) && canEditSka(caller, { forvaltningId, unitId: u.id }))
    : undefined;
  const ownUnitId = ownUnit?.id;
  const unitLoad = useLoad(useMemo(() => (ownUnitId && year && scope ? () => api.getUnitSka(ownUnitId, scope, year) : undefined), [api, ownUnitId, year, scope]));
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saved, setSaved] = useState('');
  const loads = [devUsersLoad, ...organisation.loads, unitsLoad, planLoad, unitLoad];
  const plan = planLoad.data;
  const canEdit = Boolean(caller && forvaltningId && canEditSka(caller, { forvaltningId, unitId: null }));
  const unitName = (id: string) => unitsLoad.data?.find((u) => u.id === id)?.name ?? id;
  const where = forvaltningId && scope && year ? { forvaltningId, scope, year } : null;
  const own = plan?.assessments.filter((a) => a.unitId === null) ?? [];

  const edit = (next: Editing) => {
    setSaved('');
    setEditing(next);
  };
  const afterSave = async () => {
    setEditing(null);
    setSaved(t.saved);
    // The förvaltning's plan read again: a unit's scores change its spread.
    await Promise.all([planLoad.reload(), unitLoad.reload()]);
  };
  const close = () => {
    setEditing(null);
    void planLoad.reload();
    void unitLoad.reload();
  };

  return (
    <main className={styles.page}>
      <NavBar current="ska" forvaltningId={forvaltningId} />
      <Title2 as="h1">{plan ? t.title(skaScopeLabels[plan.scope], plan.year) : t.titlePlain}</Title2>
      <div className={styles.bar}>
        <IdentityPicker devUsers={devUsers} identity={identity} onChange={onIdentityChange} />
        <OrganisationPickers choice={organisation} units={unitsLoad.data ?? []} currentHash={forvaltningId && year && scope ? skaHash(forvaltningId, year, scope) : undefined} />
        {plan && where && (
          <DownloadLink api={api} href={api.skaDocxUrl(where.forvaltningId, where.scope, where.year)}>
            {t.download}
          </DownloadLink>
        )}
      </div>
      <LoadFailure loads={loads} wayOn={forvaltningId ? { href: skaHash(forvaltningId), label: strings.recover.showStart } : undefined} />
      <div role="status" aria-live="polite">
        {saved && <Body1 block as="p">{saved}</Body1>}
      </div>
      {organisation.read && !forvaltningId ? (
        <Body1 block as="p">{t.noForvaltning}</Body1>
      ) : refs && (!year || !scope) ? (
        <Body1 block as="p">{t.none}</Body1>
      ) : plan ? (
        <>
          {(plan.results.length > 0 || plan.followUps.length > 0) && (
          <section className={styles.part} aria-labelledby="ska-results">
            <Title3 block as="h2" id="ska-results">
              {t.results}
            </Title3>
            {plan.followUps.length > 0 && (
              <>
                <Body1 block as="p">
                  <strong>{t.followUps(plan.year - 1)}</strong>
                </Body1>
                {plan.followUps.map((area) => (
                  <FollowUpBlock key={area.id} area={area} onEdit={canEdit ? (a) => edit({ kind: 'area', area: a, part: 'followUp' }) : undefined} />
                ))}
              </>
            )}
            <ResultTables results={plan.results} unitName={unitName} />
          </section>
          )}
          {own.length > 0 && (
            <section className={styles.part} aria-labelledby="ska-assessment">
              <Title3 block as="h2" id="ska-assessment">
                {t.assessment}
              </Title3>
              {own.map((a) => (
                <AssessmentTables key={a.id} assessment={a} onEdit={canEdit ? (strategy) => edit({ kind: 'scores', assessment: a, strategy }) : undefined} />
              ))}
            </section>
          )}
          {ownUnit && unitLoad.data && (
            <section className={styles.part} aria-labelledby="ska-unit-assessment">
              <Title3 block as="h2" id="ska-unit-assessment">
                {t.unitAssessment}
              </Title3>
              <UnitAssessmentSection unitName={ownUnit.name} assessment={unitLoad.data} forvaltning={own[0]} onEdit={(strategy) => edit({ kind: 'unitScores', assessment: unitLoad.data!, strategy })} />
            </section>
          )}
          <section className={styles.part} aria-labelledby="ska-analysis">
            <Title3 block as="h2" id="ska-analysis">
              {t.analysis}
            </Title3>
            <AnalysisSection analysis={plan.analysis} onEdit={canEdit ? (perspective) => edit({ kind: 'analysis', perspective }) : undefined} />
          </section>
          <section className={styles.part} aria-labelledby="ska-areas">
            <Title3 block as="h2" id="ska-areas">
              {t.areas}
            </Title3>
            {plan.areas.map((area) => (
              <AreaBlock key={area.id} area={area} onEdit={canEdit ? (a) => edit({ kind: 'area', area: a, part: 'area' }) : undefined} />
            ))}
          </section>
        </>
      ) : (
        !anyFailed(loads) && <Spinner size="small" label={strings.loading} />
      )}
      {editing?.kind === 'scores' && where && <ScoresDialog api={api} where={where} assessment={editing.assessment} strategy={editing.strategy} onSaved={() => void afterSave()} onClose={close} />}
      {editing?.kind === 'unitScores' && ownUnit && where && (
        <UnitScoresDialog api={api} where={{ unitId: ownUnit.id, scope: where.scope, year: where.year }} assessment={editing.assessment} strategy={editing.strategy} onSaved={() => void afterSave()} onClose={close} />
      )}
      {editing?.kind === 'area' && <AreaDialog api={api} area={editing.area} part={editing.part} onSaved={() => void afterSave()} onClose={close} />}
      {editing?.kind === 'analysis' && where && plan && (
        <AnalysisDialog api={api} where={where} analysis={plan.analysis} perspective={editing.perspective} onSaved={() => void afterSave()} onClose={close} />
      )}
    </main>
  );
}
