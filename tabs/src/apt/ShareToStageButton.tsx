import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { Host } from '../host/host';
import { useStrings } from '../i18n/strings';
import { shareToStage, type ShareOutcome } from './shareToStage';

/** Teams only: puts the meeting's presentation on the meeting stage, or says why it cannot. */
export function ShareToStageButton({ host, meetingId }: { host: Host; meetingId: string }) {
  const t = useStrings().apt.share;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  if (host.kind !== 'teams') return null;

  const share = async () => {
    setBusy(true);
    setOutcome(null);
    setOutcome(await shareToStage(meetingId));
    setBusy(false);
  };
  const text = !outcome ? null : outcome.ok ? t.shared : outcome.reason === 'failed' ? t.failed(outcome.message) : t[outcome.reason];

  return (
    <>
      <Button appearance="primary" onClick={() => void share()} disabledFocusable={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
        {busy ? t.sharing : t.button}
      </Button>
      {/* Always in the page, so a screen reader hears what the host answered. */}
      <div role="status" aria-live="polite">
        {text && (
          <MessageBar intent={outcome?.ok ? 'success' : 'warning'} layout="multiline">
            <MessageBarBody>{text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
