import { Body1, Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { StoredUnit, type Me, type Stored, type Unit } from '@vp/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, type ApiClient } from '../api/client';
import type { Host } from '../host/host';
import { useStrings } from '../i18n/strings';
import { UnitPicker } from '../nav/Pickers';
import { LoadFailure } from '../recover/LoadFailure';
import { LinkForvaltningFirst } from './LinkForvaltningFirst';
import { useLoad } from '../recover/useLoad';
import type { TabConfig } from './tabConfig';

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '40rem', alignItems: 'start' },
});

export interface LinkTeamFirstProps {
  api: ApiClient;
  host: Host;
  tabConfig: TabConfig;
  /** Who is signed in: the API gives them nothing yet */
  me: Me;
  /** The Team's Microsoft 365 group */
  groupId: string;
  /** The unit is linked: ask GET /me again (the session), which now gives the caller and the configuration page. */
  onLinked(): void;
}

/**
 * The configuration page for someone no unit is linked to yet (a rektor adding the tab to their
 * unit's Team for the first time): the units they may link to this Team, and the link itself; for a
 * holder of the Avdelningschef role, the förvaltning they may link to it as its leadership's Team. Teams'
 * Save stays off here; once linked, the session asks who they are again and the configuration page
 * takes over.
 */
export function LinkTeamFirst({ api, host, tabConfig, me, groupId, onLinked }: LinkTeamFirstProps) {
  const t = useStrings();
  const styles = useStyles();
  // The API offers units only to a rektor (mayLinkUnit), the förvaltning only to the Avdelningschef role.
  const linksUnit = me.roles.includes('Rektor');
  const linksForvaltning = me.roles.includes('Avdelningschef');
  const loadUnits = useCallback(() => api.listUnits({ linkableTo: groupId }), [api, groupId]);
  const unitsLoad = useLoad(linksUnit ? loadUnits : undefined);
  const [unitId, setUnitId] = useState('');
  // A unit as a refused stale link returned it (newer eTag), for the list it came from.
  const [newer, setNewer] = useState<{ list: Stored<Unit>[]; unit: Stored<Unit> } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Linked while signed in as this `me`: waiting for the session's next answer, which replaces it.
  const [linkedFor, setLinkedFor] = useState<Me | null>(null);
  const listed = unitsLoad.data;
  const units = useMemo(() => (listed ?? []).map((u) => (newer && newer.list === listed && newer.unit.id === u.id ? newer.unit : u)), [listed, newer]);
  const unit = units.find((u) => u.id === unitId);

  useEffect(() => {
    if (host.kind === 'teams') tabConfig.setValidityState(false);
  }, [host.kind, tabConfig]);

  const chooseUnit = (id: string) => {
    setUnitId(id);
    setFailure(null);
  };

  const link = async () => {
    if (!unit || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await api.linkUnitToTeam(unit.id, groupId, unit.eTag, host.channelId);
      setLinkedFor(me);
      onLinked();
    } catch (error) {
      // Stale: the newer unit's eTag lets the next try through (the API checks the rest again).
      const current = error instanceof ApiError && error.status === 412 ? StoredUnit.safeParse(error.current) : null;
      if (current?.success && listed) setNewer({ list: listed, unit: current.data });
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const body = () => {
    if (linkedFor === me) return <Spinner label={t.config.firstLinked} />;
    if (!listed) return unitsLoad.error ? null : <Spinner label={t.loading} />;
    if (units.length === 0) {
      return (
        <>
          <Body1 as="p">{t.config.firstLinkNone}</Body1>
          <Body1 as="p">{t.signIn.noAccessWho(me.name)}</Body1>
        </>
      );
    }
    return (
      <>
        <UnitPicker units={units} unitId={unitId} onChange={chooseUnit} hint={unitId ? undefined : t.config.firstLinkChooseUnit} />
        {failure && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.config.linkFailed}</MessageBarTitle>
              {`${failure} ${t.config.firstLinkFailedHint}`}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void link()} disabledFocusable={busy}>
                {t.retry}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <Button appearance="primary" onClick={() => void link()} disabledFocusable={!unit || busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
          {busy ? t.config.firstLinking : t.config.firstLinkButton}
        </Button>
      </>
    );
  };

  const forvaltning = linksForvaltning && <LinkForvaltningFirst api={api} me={me} groupId={groupId} channelId={host.channelId} onLinked={onLinked} />;
  return (
    <main className={styles.page}>
      {linksUnit ? (
        <>
          <Title2 as="h1">{t.config.firstLinkTitle}</Title2>
          <Body1 as="p">{t.config.firstLinkIntro}</Body1>
          <LoadFailure loads={[unitsLoad]} />
          {body()}
          {forvaltning && <Title2 as="h2">{t.config.firstForvaltningTitle}</Title2>}
          {forvaltning}
        </>
      ) : (
        <>
          <Title2 as="h1">{t.config.firstForvaltningTitle}</Title2>
          <Body1 as="p">{t.config.firstForvaltningIntro}</Body1>
          {forvaltning}
          <Body1 as="p">{t.signIn.noAccessWho(me.name)}</Body1>
        </>
      )}
    </main>
  );
}
