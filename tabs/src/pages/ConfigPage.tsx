import { Body1, MessageBar, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { pages } from '@microsoft/teams-js';
import type { Plan, Stored, Unit } from '@vp/shared';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';
import type { Host } from '../host/host';
import { useStrings } from '../i18n/strings';
import { UnitPicker, YearPicker } from '../nav/Pickers';
import { planHash } from '../routing';

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '40rem' },
});

/** Teams tab configuration: choose the unit and year; Teams saves the tab with setConfig. */
export function ConfigPage({ api, host }: { api: ApiClient; host: Host }) {
  const t = useStrings();
  const styles = useStyles();
  const [units, setUnits] = useState<Stored<Unit>[]>([]);
  const [unitId, setUnitId] = useState('');
  const [plans, setPlans] = useState<Stored<Plan>[]>([]);
  const [year, setYear] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.listUnits().then(setUnits, (e: Error) => setError(e.message));
  }, [api]);
  useEffect(() => {
    setPlans([]);
    setYear(null);
    if (unitId) {
      api.listPlans(unitId).then((found) => {
        setPlans(found);
        setYear(found[0]?.year ?? null);
      }, (e: Error) => setError(e.message));
    }
  }, [api, unitId]);

  useEffect(() => {
    if (host.kind !== 'teams') return;
    const unit = units.find((u) => u.id === unitId);
    pages.config.setValidityState(Boolean(unit && year));
    if (!unit || !year) return;
    pages.config.registerOnSaveHandler((saveEvent) => {
      const contentUrl = new URL(`index.html${planHash(unit.id, year)}`, document.baseURI).toString();
      pages.config
        .setConfig({ entityId: `vp-${unit.id}-${year}`, contentUrl, websiteUrl: contentUrl, suggestedDisplayName: t.config.tabName(unit.name, year) })
        .then(() => saveEvent.notifySuccess(), (e: Error) => saveEvent.notifyFailure(e.message));
    });
  }, [host.kind, units, unitId, year, t]);

  return (
    <main className={styles.page}>
      <Title2 as="h1">{t.config.title}</Title2>
      <Body1 as="p">{t.config.intro}</Body1>
      {error && <MessageBar intent="error">{error}</MessageBar>}
      <UnitPicker units={units} unitId={unitId} onChange={setUnitId} placeholder={t.chooseUnit} hint={unitId ? undefined : t.config.chooseUnitFirst} />
      <YearPicker plans={plans} year={year} onChange={setYear} />
    </main>
  );
}
