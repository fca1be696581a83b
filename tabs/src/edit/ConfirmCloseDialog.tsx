import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useReturnFocus } from '../a11y/useReturnFocus';
import { useStrings } from '../i18n/strings';

export interface ConfirmCloseDialogProps {
  open: boolean;
  onKeepEditing(): void;
  onDiscard(): void;
}

/** Asks before unsaved changes are thrown away; Escape and the first (focused) button keep editing. */
export function ConfirmCloseDialog({ open, onKeepEditing, onDiscard }: ConfirmCloseDialogProps) {
  const t = useStrings().edit;
  useReturnFocus(open);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onKeepEditing()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.unsavedTitle}</DialogTitle>
          <DialogContent>{t.unsavedText}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onKeepEditing}>
              {t.keepEditing}
            </Button>
            <Button onClick={onDiscard}>{t.discard}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
