import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useReturnFocus } from '../a11y/useReturnFocus';
import { useStrings } from '../i18n/strings';
import type { Kind } from './reportValues';

/**
 * Asks before the report is submitted for approval (skicka in), saying what is still empty: submitting
 * locks the report until the rektor returns or reopens it. Focus goes back to the button that opened it.
 */
export function ReadyDialog({ open, missing, onConfirm, onCancel }: { open: boolean; missing: Record<Kind, number>; onConfirm(): void; onCancel(): void }) {
  const t = useStrings();
  const form = t.report.form;
  const empty = missing.goals + missing.indicators + missing.activities;
  useReturnFocus(open);
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{form.readyTitle}</DialogTitle>
          <DialogContent>
            <p>{empty > 0 ? form.readyMissing(missing) : form.readyComplete}</p>
            <p>{form.readyLocks}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {form.confirmReady}
            </Button>
            <Button onClick={onCancel}>{t.edit.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
