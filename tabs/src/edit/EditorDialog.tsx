import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useReturnFocus } from '../a11y/useReturnFocus';
import type { EditThing } from '../i18n/edit';
import { useStrings } from '../i18n/strings';
import { ConfirmCloseDialog } from './ConfirmCloseDialog';
import { ConflictMessage } from './ConflictMessage';
import { ErrorMessage } from './ErrorMessage';
import type { EditorState } from './useItemEditor';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

const useStyles = makeStyles({
  // Children keep their height in the scrolling column, so a message above the fields never slides under them.
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, '> *': { flexShrink: 0 } },
});

export interface EditorDialogProps {
  title: string;
  thing: EditThing;
  editor: EditorState;
  onClose(): void;
  /** The fields; the first one gets focus when the dialog opens. */
  children: ReactNode;
  /** Below the fields: the item's versions, when editing. */
  history?: ReactNode;
  /** The item is still being fetched: Spara waits, and the first field gets focus once it is there. */
  loading?: boolean;
}

/**
 * The shell of every editor: a modal form with Spara/Avbryt, the save's error or conflict above the
 * fields, and a confirmation before closing (Avbryt, Escape) throws away unsaved changes.
 */
export function EditorDialog({ title, thing, editor, onClose, children, history, loading = false }: EditorDialogProps) {
  const t = useStrings().edit;
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const fields = useRef<HTMLDivElement>(null);
  useUnsavedChangesGuard(editor.dirty);
  useReturnFocus(true);
  useFocusFirstField(fields, loading);

  const requestClose = () => (editor.dirty ? setConfirming(true) : onClose());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!editor.saving && !loading) editor.submit();
  };

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && requestClose()}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content} ref={fields}>
              {editor.error && <ErrorMessage title={t.saveFailed} message={editor.error} />}
              {editor.conflict && (
                <ConflictMessage
                  thing={thing}
                  deleted={editor.conflict === 'deleted'}
                  busy={editor.saving}
                  onSaveMine={editor.saveMine}
                  onUseTheirs={editor.useTheirs}
                />
              )}
              {children}
              {history}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabledFocusable={editor.saving || loading} icon={editor.saving ? <Spinner size="tiny" /> : undefined}>
                {editor.saving ? t.saving : t.save}
              </Button>
              <Button onClick={requestClose}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
        <ConfirmCloseDialog open={confirming} onKeepEditing={() => setConfirming(false)} onDiscard={onClose} />
      </DialogSurface>
    </Dialog>
  );
}

/**
 * Puts focus in the first field once the dialog has opened (and its item has arrived). Fluent focuses the
 * first focusable element itself; this covers environments where it cannot tell what is visible (and lands
 * on the surface), and fields that appear after the dialog opened.
 */
function useFocusFirstField(container: RefObject<HTMLElement | null>, loading: boolean) {
  useEffect(() => {
    if (loading) return;
    const timer = setTimeout(() => {
      const first = container.current?.querySelector<HTMLElement>('input, textarea, select');
      if (first && !container.current?.contains(document.activeElement)) first.focus();
    });
    return () => clearTimeout(timer);
  }, [container, loading]);
}
