import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { useReturnFocus } from '../a11y/useReturnFocus';
import { ErrorMessage } from '../edit/ErrorMessage';
import { useStrings } from '../i18n/strings';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, '> *': { flexShrink: 0 } },
});

export interface SkaEditDialogProps {
  title: string;
  saving: boolean;
  error: string | null;
  /** someone else saved first (412): newer is false when what is edited is gone */
  conflict: { newer: boolean } | null;
  onSubmit(): void;
  /** after a 412: save what was typed over the newer version */
  onSaveMine(): void;
  /** without saving; the page reads the plan again */
  onClose(): void;
  children: ReactNode;
}

/**
 * The frame of the SKA page's editors, as the tab's other dialogs: the server's Swedish message, and when
 * someone else saved first, what was typed kept with a choice to save it anyway or take the newer
 * version. Focus goes back to the button that opened it.
 */
export function SkaEditDialog({ title, saving, error, conflict, onSubmit, onSaveMine, onClose, children }: SkaEditDialogProps) {
  const strings = useStrings();
  const t = strings.ska;
  const styles = useStyles();
  useReturnFocus(true);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving) onSubmit();
  };
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              {error && <ErrorMessage title={strings.edit.saveFailed} message={error} />}
              {conflict && (
                <MessageBar intent="warning" layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>{t.conflictTitle}</MessageBarTitle>
                    <Body1>{conflict.newer ? t.conflictText : t.goneText}</Body1>
                  </MessageBarBody>
                  <MessageBarActions>
                    {conflict.newer && (
                      <Button onClick={onSaveMine} disabled={saving}>
                        {t.saveMine}
                      </Button>
                    )}
                    <Button onClick={onClose} disabled={saving}>
                      {t.useTheirs}
                    </Button>
                  </MessageBarActions>
                </MessageBar>
              )}
              {children}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={saving}>
                {saving ? t.saving : t.save}
              </Button>
              <Button onClick={onClose}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
