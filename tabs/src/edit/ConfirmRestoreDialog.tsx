import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useReturnFocus } from '../a11y/useReturnFocus';
import type { EditThing } from '../i18n/edit';
import { useStrings } from '../i18n/strings';

export interface ConfirmRestoreDialogProps {
  thing: EditThing;
  /** The version to restore; the dialog is closed while null. */
  number: number | null;
  /** The form holds unsaved text, which the restored values replace. */
  dirty: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before an earlier version is written back; Escape and Avbryt leave everything as it is. */
export function ConfirmRestoreDialog({ thing, number, dirty, onConfirm, onCancel }: ConfirmRestoreDialogProps) {
  const t = useStrings().edit;
  useReturnFocus(number !== null);
  return (
    <Dialog open={number !== null} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.restoreTitle(number ?? 0)}</DialogTitle>
          <DialogContent>
            <p>{t.restoreText(thing, number ?? 0)}</p>
            {dirty && <p>{t.restoreDiscardsTyped}</p>}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t.restoreConfirm}
            </Button>
            <Button onClick={onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
