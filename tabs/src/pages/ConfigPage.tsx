import { Body1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { pages } from '@microsoft/teams-js';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../api/client';
import type { Host } from '../host/host';
import { useStrings } from '../i18n/strings';
import { UnitPicker, YearPicker } from '../nav/Pickers';
import { LoadFailure } from '../recover/LoadFailure';
import { useLoad } from '../recover/useLoad';
import { planHash } from '../routing';

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '40rem' },
});

/** Teams tab configuration: choose the unit and year; Teams saves the tab with setConfig. */
export function ConfigPage({ api, host }: { api: ApiClient; host: Host }) {
  const t = useStrings();
  const styles = useStyles();
  const [unitId, setUnitId] = useState('');
  // The year chosen for the unit; until then its newest plan's.
  const [chosen, setChosen] = useState<{ unitId: string; year: number } | null>(null);
  const unitsLoad = useLoad(useCallback(() => api.listUnits(), [api]));
  const plansLoad = useLoad(useMemo(() => (unitId ? () => api.listPlans(unitId) : undefined), [api, unitId]));
  const units = unitsLoad.data ?? [];
  const plans = plansLoad.data ?? [];
  const year = chosen?.unitId === unitId ? chosen.year : (plans[0]?.year ?? null);
  const setYear = (y: number) => setChosen({ unitId, year: y });
  const unit = units.find((u) => u.id === unitId);

  useEffect(() => {
    if (host.kind !== 'teams') return;
    pages.config.setValidityState(Boolean(unit && year));
    if (!unit || !year) return;
    pages.config.registerOnSaveHandler((saveEvent) => {
      const contentUrl = new URL(`index.html${planHash(unit.id, year)}`, document.baseURI).toString();
      pages.config
        .setConfig({ entityId: `vp-${unit.id}-${year}`, contentUrl, websiteUrl: contentUrl, suggestedDisplayName: t.config.tabName(unit.name, year) })
        .then(() => saveEvent.notifySuccess(), (e: Error) => saveEvent.notifyFailure(e.message));
    });
  }, [host.kind, unit, year, t]);

  return (
    <main className={styles.page}>
      <Title2 as="h1">{t.config.title}</Title2>
      <Body1 as="p">{t.config.intro}</Body1>
      <LoadFailure loads={[unitsLoad, plansLoad]} />
      <UnitPicker units={units} unitId={unitId} onChange={setUnitId} hint={unitId ? undefined : t.config.chooseUnitFirst} />
      <YearPicker plans={plans} year={year} onChange={setYear} />
    </main>
  );
}
