import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { StoredCompetenceRow } from '@vp/shared';
import { useState } from 'react';
import { useReturnFocus } from '../a11y/useReturnFocus';
import { ApiError, type ApiClient } from '../api/client';
import { ErrorMessage } from '../edit/ErrorMessage';
import { useStrings } from '../i18n/strings';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  text: { margin: 0, whiteSpace: 'pre-line' },
});

export interface CompetenceDeleteDialogProps {
  api: ApiClient;
  row: StoredCompetenceRow;
  /** After the delete, and when the row turns out to be gone already. */
  onDeleted(row: StoredCompetenceRow): void;
  onClose(): void;
}

/**
 * Confirms and deletes a row (with its follow-ups) with the eTag it was read at. When someone else
 * changed it first (412) the row as it is now is shown and deleting asks again with that version.
 */
export function CompetenceDeleteDialog({ api, row, onDeleted, onClose }: CompetenceDeleteDialogProps) {
  const strings = useStrings();
  const t = strings.competence;
  const styles = useStyles();
  const [version, setVersion] = useState(row);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<'changed' | 'gone' | { message: string } | null>(null);
  // Avbryt or Escape: focus back on Ta bort. After the delete the page puts it elsewhere first.
  useReturnFocus(true);

  const remove = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await api.removeCompetenceRow(version.forvaltningId, version.year, version.id, version.eTag);
      onDeleted(version);
    } catch (e) {
      const status = e instanceof ApiError ? e.status : 0;
      if (status === 412 && e instanceof ApiError && e.current) setVersion(e.current as StoredCompetenceRow);
      setProblem(status === 412 ? 'changed' : status === 404 ? 'gone' : { message: e instanceof Error ? e.message : strings.edit.deleteFailed });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.removeTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            <p className={styles.text}>{t.removeConfirm(version.activity)}</p>
            {typeof problem === 'object' && problem && <ErrorMessage title={strings.edit.deleteFailed} message={problem.message} />}
            {(problem === 'changed' || problem === 'gone') && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{problem === 'changed' ? t.removeStale : t.removeGone}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            {problem === 'gone' ? (
              <Button appearance="primary" onClick={() => onDeleted(version)}>
                {strings.edit.reload}
              </Button>
            ) : (
              <Button appearance="primary" onClick={() => void remove()} disabledFocusable={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
                {busy ? strings.edit.deleting : strings.edit.delete}
              </Button>
            )}
            <Button onClick={onClose}>{strings.edit.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
