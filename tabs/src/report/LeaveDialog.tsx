import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useReturnFocus } from '../a11y/useReturnFocus';
import { useStrings } from '../i18n/strings';

/** Rendered while the person is leaving: asks before leaving a report with unsaved changes; Escape and the first (focused) button stay. */
export function LeaveDialog({ onStay, onLeave }: { onStay(): void; onLeave(): void }) {
  const t = useStrings().report.form;
  useReturnFocus(true);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onStay()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.leaveTitle}</DialogTitle>
          <DialogContent>{t.leaveText}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onStay}>
              {t.stay}
            </Button>
            <Button onClick={onLeave}>{t.leave}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
