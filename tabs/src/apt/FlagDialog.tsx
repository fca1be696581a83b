import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, MessageBar, MessageBarBody, Spinner, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { GoalFlag, maxLengthOf } from '@vp/shared';
import { useState, type FormEvent } from 'react';
import { useReturnFocus } from '../a11y/useReturnFocus';
import { useCharacterCount } from '../edit/characterCount';
import { useStrings } from '../i18n/strings';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

// The reason is ShortText piped into its 300-character limit: the limit is the pipe's output.
const reasonMax = maxLengthOf(GoalFlag.shape.reason.out) ?? 300;

export interface FlagDialogProps {
  goalLabel: string;
  onClose(): void;
  /** Flags the goal; a rejection keeps the dialog and the reason, saying why. */
  onFlag(reason: string): Promise<void>;
}

/** Asks why a goal should come up at the next APT (a short reason), then flags it. */
export function FlagDialog({ goalLabel, onClose, onFlag }: FlagDialogProps) {
  const t = useStrings().apt.flag;
  const styles = useStyles();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const count = useCharacterCount(reason, reasonMax);
  useReturnFocus(true);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await onFlag(reason.trim());
      onClose();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && !busy && onClose()}>
      <DialogSurface>
        <form noValidate onSubmit={(e) => void submit(e)}>
          <DialogBody>
            <DialogTitle>{t.title}</DialogTitle>
            <DialogContent className={styles.content}>
              <Body1 as="p">
                <strong>{goalLabel}</strong>
              </Body1>
              <Body1 as="p">{t.text}</Body1>
              <Field label={t.reason} required validationMessage={missing && !reason.trim() ? t.required : count} validationState={missing && !reason.trim() ? 'error' : 'none'}>
                <Textarea value={reason} maxLength={reasonMax} onChange={(_, d) => setReason(d.value)} resize="vertical" />
              </Field>
              {problem && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>
                    {t.failed} {problem}
                  </MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabledFocusable={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
                {busy ? t.sending : t.send}
              </Button>
              <Button onClick={onClose} disabled={busy}>
                {t.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
