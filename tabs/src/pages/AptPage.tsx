import { Body1, Caption1, Spinner, Title2, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { leadsApt, type Me, type StoredAptMeeting } from '@vp/shared';
import { useContext, useMemo, useState } from 'react';
import type { ApiClient } from '../api/client';
import { EarlierApts } from '../apt/EarlierApts';
import { formatDay } from '../apt/format';
import { NextMeeting } from '../apt/NextMeeting';
import { AgendaList } from '../apt/AgendaList';
import { PrepareApt } from '../apt/PrepareApt';
import type { Host } from '../host/host';
import { LanguageContext, useStrings } from '../i18n/strings';
import { IdentityPicker } from '../nav/IdentityPicker';
import { NavBar } from '../nav/NavBar';
import { UnitPicker, YearPicker } from '../nav/Pickers';
import { useDevCaller } from '../nav/useDevCaller';
import { useUnitChoice } from '../nav/useUnitChoice';
import { LoadFailure, anyFailed } from '../recover/LoadFailure';
import { useLoad } from '../recover/useLoad';
import { aptHash, type Route } from '../routing';

const useStyles = makeStyles({
  // The meeting's side panel is 320 px wide: everything wraps, nothing has a minimum width beyond it.
  page: { padding: `${tokens.spacingVerticalL} clamp(${tokens.spacingHorizontalM}, 3vw, ${tokens.spacingHorizontalXXL})`, maxWidth: '75rem', margin: '0 auto' },
  // A select is as wide as its longest option (a unit's or identity's full name): here it may shrink to the panel.
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end', marginBottom: tokens.spacingVerticalL, '> *': { maxWidth: '100%', minWidth: 0 }, '& .fui-Select, & select': { maxWidth: '100%', minWidth: 0 } },
  part: { marginTop: tokens.spacingVerticalXL },
  heading: { ...typographyStyles.subtitle1, margin: `0 0 ${tokens.spacingVerticalM}` },
  hint: { display: 'block', color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalS },
});

export interface AptPageProps {
  api: ApiClient;
  host: Host;
  route: Extract<Route, { page: 'apt' }>;
  identity: string | null;
  onIdentityChange(id: string | null): void;
  /** Entra mode: who signed in (GET /api/me); the development identities are then gone. */
  signedIn?: Me;
}

/**
 * A unit's APTs for a year, also the Teams meeting's side panel: the next APT's agenda (or the proposal,
 * which the rektor prepares into a meeting), the presentation and sharing it to the stage, earlier records.
 */
export function AptPage({ api, host, route, identity, onIdentityChange, signedIn }: AptPageProps) {
  const t = useStrings();
  const a = t.apt;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  const { devUsers, caller, load: devUsersLoad } = useDevCaller(api, identity, signedIn);
  // A later year of a plan for several years: its APTs are kept under the plan's first year.
  const { units, plans, unitId, planYear: year, unit, loads: choiceLoads } = useUnitChoice(api, route, caller);
  const meetingsLoad = useLoad(useMemo(() => (unitId && year ? () => api.listAptMeetings(unitId, year) : undefined), [api, unitId, year]));
  const meetings = meetingsLoad.data;
  // The list is newest first: the next APT is the prepared one not yet ended.
  const next = meetings?.find((m) => m.state !== 'ended');
  const earlier = meetings?.filter((m) => m.state === 'ended') ?? [];
  const wantProposal = Boolean(meetings && !next);
  const proposalLoad = useLoad(useMemo(() => (unitId && year && wantProposal ? () => api.getAgendaProposal(unitId, year) : undefined), [api, unitId, year, wantProposal]));
  const loads = [devUsersLoad, ...choiceLoads, meetingsLoad, proposalLoad];
  // The page hides only what the API would refuse (403).
  const canLead = caller && unit ? leadsApt(caller, unit) : false;
  const reloadMeetings = meetingsLoad.reload;
  // What others did to the meeting (NextMeeting follows it), said to screen readers.
  const [announcement, setAnnouncement] = useState('');

  const go = (nextUnit: string | undefined, nextYear: number | undefined) => {
    if (nextUnit && nextYear) window.location.hash = aptHash(nextUnit, nextYear);
    else if (nextUnit) window.location.hash = `#/apt/${encodeURIComponent(nextUnit)}`;
  };
  const prepared = async (_meeting: StoredAptMeeting) => {
    await reloadMeetings();
  };

  return (
    <main className={styles.page}>
      <NavBar current="apt" unitId={unitId} forvaltningId={unit?.forvaltningId} year={year} />
      <Title2 as="h1">{unit ? a.titleOf(unit.name) : a.title}</Title2>
      <div className={styles.bar}>
        <IdentityPicker devUsers={devUsers} identity={identity} onChange={onIdentityChange} />
        <UnitPicker units={units} unitId={unitId} onChange={(id) => go(id, undefined)} />
        <YearPicker plans={plans} year={year} onChange={(y) => go(unitId, y)} />
      </div>
      <LoadFailure loads={loads} />
      <div role="status" aria-live="polite">{announcement && <Body1 as="p">{announcement}</Body1>}</div>
      <section aria-labelledby="apt-next" className={styles.part}>
        <h2 id="apt-next" className={styles.heading}>
          {next ? a.next : a.proposal}
        </h2>
        {!next && proposalLoad.data && <Body1 as="p">{proposalLoad.data.changesSince ? a.changesSince(formatDay(proposalLoad.data.changesSince, language)) : a.noEarlierApt}</Body1>}
        {next ? (
          <NextMeeting api={api} host={host} listed={next} canLead={canLead} reloadMeetings={reloadMeetings} announce={setAnnouncement} />
        ) : proposalLoad.data && unitId && year ? (
          <>
            <Caption1 className={styles.hint}>{a.proposalHint}</Caption1>
            <AgendaList items={proposalLoad.data.items} />
            {canLead && <PrepareApt api={api} unitId={unitId} year={year} onPrepared={prepared} />}
          </>
        ) : (
          !anyFailed(loads) && <Spinner size="small" label={t.loading} />
        )}
      </section>
      <section aria-labelledby="apt-earlier" className={styles.part}>
        <h2 id="apt-earlier" className={styles.heading}>
          {a.earlier}
        </h2>
        {meetings ? <EarlierApts meetings={earlier} /> : !anyFailed(loads) && <Spinner size="small" label={t.loading} />}
      </section>
    </main>
  );
}
