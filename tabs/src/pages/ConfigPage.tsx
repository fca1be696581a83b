import { Body1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { tabEntityId, type Stored, type Unit } from '@vp/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../api/client';
import { SaveFailedMessage } from '../config/SaveFailedMessage';
import { SaveFailed, saveTab } from '../config/saveTab';
import type { TabConfig } from '../config/tabConfig';
import { linkOfferedByDefault, teamLinkOf } from '../config/teamLink';
import { TeamLinkChoice } from '../config/TeamLinkChoice';
import type { Host } from '../host/host';
import { useStrings } from '../i18n/strings';
import { UnitPicker, YearPicker } from '../nav/Pickers';
import { LoadFailure } from '../recover/LoadFailure';
import { useLoad } from '../recover/useLoad';
import { planHash } from '../routing';

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '40rem' },
});

/**
 * Teams tab configuration: choose the unit and year; Teams saves the tab with setConfig. In a Team
 * the page also says how the unit stands to the Team's group and, unless it is linked here, offers
 * to link it on saving. The unit linked to this Team is chosen to begin with (after a first link
 * made from the Team, LinkTeamFirst, only the year and Save are left).
 */
export function ConfigPage({ api, host, tabConfig }: { api: ApiClient; host: Host; tabConfig: TabConfig }) {
  const t = useStrings();
  const styles = useStyles();
  // The unit the person chose; until then the one linked to this Team, if any.
  const [chosenUnitId, setUnitId] = useState<string | null>(null);
  // The year chosen for the unit; until then its newest plan's.
  const [chosen, setChosen] = useState<{ unitId: string; year: number } | null>(null);
  // Whether to link the unit, as the person ticked it; until then its default for the link it has.
  const [ticked, setTicked] = useState<{ unitId: string; link: boolean } | null>(null);
  // Units as a link (or a refused stale one) left them: their new group and eTag.
  const [written, setWritten] = useState<Record<string, Stored<Unit>>>({});
  const [failure, setFailure] = useState<SaveFailed | null>(null);
  const unitsLoad = useLoad(useCallback(() => api.listUnits(), [api]));
  const units = useMemo(() => (unitsLoad.data ?? []).map((u) => written[u.id] ?? u), [unitsLoad.data, written]);
  const teamGroupId = host.groupId;
  const unitId = chosenUnitId ?? (teamGroupId ? units.find((u) => teamLinkOf(u.groupId, teamGroupId) === 'here')?.id : undefined) ?? '';
  const plansLoad = useLoad(useMemo(() => (unitId ? () => api.listPlans(unitId) : undefined), [api, unitId]));
  const plans = plansLoad.data ?? [];
  const year = chosen?.unitId === unitId ? chosen.year : (plans[0]?.year ?? null);
  const setYear = (y: number) => setChosen({ unitId, year: y });
  const unit = units.find((u) => u.id === unitId);
  const link = unit && teamGroupId ? teamLinkOf(unit.groupId, teamGroupId) : null;
  const linkWanted = link !== null && link !== 'here' && (ticked?.unitId === unitId ? ticked.link : linkOfferedByDefault(link));
  // What failed for one unit does not hang over the next.
  const chooseUnit = (id: string) => {
    setUnitId(id);
    setFailure(null);
  };
  const keepUnit = useCallback((stored: Stored<Unit>) => setWritten((w) => ({ ...w, [stored.id]: stored })), []);

  useEffect(() => {
    if (host.kind !== 'teams') return;
    tabConfig.setValidityState(Boolean(unit && year));
    if (!unit || !year) return;
    tabConfig.registerOnSaveHandler((saveEvent) => {
      setFailure(null);
      const contentUrl = new URL(`index.html${planHash(unit.id, year)}`, document.baseURI).toString();
      // One entity id for every tab: a channel card's deep link names the tab by it (approvalDeepLink).
      const config = { entityId: tabEntityId, contentUrl, websiteUrl: contentUrl, suggestedDisplayName: t.config.tabName(unit.name, year) };
      saveTab({ api, tabConfig, unit, linkTo: linkWanted ? (teamGroupId ?? null) : null, channelId: host.channelId, config, onUnit: keepUnit }).then(
        () => saveEvent.notifySuccess(),
        (e: SaveFailed) => {
          setFailure(e);
          saveEvent.notifyFailure(e.message);
        },
      );
    });
  }, [host.kind, host.channelId, tabConfig, api, unit, year, linkWanted, teamGroupId, keepUnit, t]);

  return (
    <main className={styles.page}>
      <Title2 as="h1">{t.config.title}</Title2>
      <Body1 as="p">{t.config.intro}</Body1>
      <LoadFailure loads={[unitsLoad, plansLoad]} />
      <UnitPicker units={units} unitId={unitId} onChange={chooseUnit} hint={unitId ? undefined : t.config.chooseUnitFirst} />
      <YearPicker plans={plans} year={year} onChange={setYear} />
      {link && <TeamLinkChoice link={link} checked={linkWanted} onChange={(checked) => setTicked({ unitId, link: checked })} />}
      {failure && <SaveFailedMessage failure={failure} />}
    </main>
  );
}
