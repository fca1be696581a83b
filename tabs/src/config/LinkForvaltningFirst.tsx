import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { StoredForvaltning, type Forvaltning, type Me, type Stored } from '@vp/shared';
import { useCallback, useState } from 'react';
import { ApiError, type ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { LoadFailure } from '../recover/LoadFailure';
import { useLoad } from '../recover/useLoad';

export interface LinkForvaltningFirstProps {
  api: ApiClient;
  /** Who is signed in: a holder of the Avdelningschef role whom the API gives nothing yet */
  me: Me;
  /** The Team's Microsoft 365 group: the förvaltning's leadership group once linked */
  groupId: string;
  /** The channel the tab is being configured in, kept with the link */
  channelId?: string;
  /** The förvaltning is linked: ask GET /me again, which now gives the avdelningschef caller. */
  onLinked(): void;
}

/**
 * On the first-link page: the förvaltningar the person may link to this Team as its leadership group
 * (before one has a group, any holder of the Avdelningschef role inside it may), each with its button.
 */
export function LinkForvaltningFirst({ api, me, groupId, channelId, onLinked }: LinkForvaltningFirstProps) {
  const t = useStrings();
  const load = useLoad(useCallback(() => api.listForvaltningar({ linkableTo: groupId }), [api, groupId]));
  // A förvaltning as a refused stale link returned it: its newer eTag lets the next try through.
  const [newer, setNewer] = useState<Record<string, Stored<Forvaltning>>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Linked while signed in as this `me`: waiting for the session's next answer, which replaces it.
  const [linkedFor, setLinkedFor] = useState<Me | null>(null);

  const link = async (listed: Stored<Forvaltning>) => {
    if (busy) return;
    const forvaltning = newer[listed.id] ?? listed;
    setBusy(true);
    setFailure(null);
    try {
      await api.linkForvaltningToTeam(forvaltning.id, groupId, forvaltning.eTag, channelId);
      setLinkedFor(me);
      onLinked();
    } catch (error) {
      const current = error instanceof ApiError && error.status === 412 ? StoredForvaltning.safeParse(error.current) : null;
      if (current?.success) setNewer((known) => ({ ...known, [current.data.id]: current.data }));
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  if (linkedFor === me) return <Spinner label={t.config.firstForvaltningLinked} />;
  if (!load.data) return load.error ? <LoadFailure loads={[load]} /> : <Spinner label={t.loading} />;
  if (load.data.length === 0) return <Body1 as="p">{t.config.firstForvaltningNone}</Body1>;
  return (
    <>
      {failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.config.firstForvaltningFailed}</MessageBarTitle>
            {failure}
          </MessageBarBody>
        </MessageBar>
      )}
      {load.data.map((forvaltning) => (
        <section key={forvaltning.id}>
          <Body1 as="p">{t.config.firstForvaltningOffer(forvaltning.name)}</Body1>
          <Button appearance="primary" onClick={() => void link(forvaltning)} disabledFocusable={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
            {busy ? t.config.firstForvaltningLinking : t.config.firstForvaltningButton}
          </Button>
        </section>
      ))}
    </>
  );
}
