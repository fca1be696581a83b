import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import { useReturnFocus } from '../a11y/useReturnFocus';
import { ApiError, type ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';

export interface EndMeetingDialogProps {
  api: ApiClient;
  meetingId: string;
  onClose(): void;
  /** The meeting has ended (by this step, or by someone else just before): read it again */
  onEnded(): Promise<void>;
}

/** Asks before ending: the record is then saved and read-only for everyone. A failure keeps the dialog with its message. */
export function EndMeetingDialog({ api, meetingId, onClose, onEnded }: EndMeetingDialogProps) {
  const t = useStrings().stage.end;
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  useReturnFocus(true);

  const confirm = async () => {
    setSending(true);
    setFailed(null);
    try {
      await api.endAptMeeting(meetingId);
      await onEnded();
    } catch (error) {
      // 409: someone ended it first; the record is what the page should show either way.
      if (error instanceof ApiError && error.status === 409) await onEnded();
      else setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !sending && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.title}</DialogTitle>
          <DialogContent>
            <p>{t.text}</p>
            {failed && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t.failed}</MessageBarTitle>
                  {failed}
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void confirm()} disabledFocusable={sending} icon={sending ? <Spinner size="tiny" /> : undefined}>
              {sending ? t.sending : t.confirm}
            </Button>
            <Button onClick={onClose} disabledFocusable={sending}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
