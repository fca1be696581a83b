import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ActivityNode, GoalNode } from '@vp/shared';
import { useState } from 'react';
import { useReturnFocus } from '../a11y/useReturnFocus';
import { ApiError, type ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { ErrorMessage } from './ErrorMessage';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  text: { margin: 0 },
});

export interface DeleteDialogProps {
  api: ApiClient;
  unitId: string;
  year: number;
  collection: 'goals' | 'activities';
  item: GoalNode | ActivityNode;
  open: boolean;
  onClose(): void;
  /** Called after the delete, and when the item turns out to be gone already. */
  onDeleted(id: string): void;
  /** Optional: refreshes the plan view when the user reloads a version someone else changed. */
  onReload?(): void;
}

type Failure = 'changed' | 'gone' | { message: string };
type Version = { eTag: string; name: string };

const versionOf = (item: { eTag: string; title?: unknown; text?: unknown }): Version => ({
  eTag: item.eTag,
  name: String(item.title ?? item.text ?? ''),
});

/** Confirms and deletes a goal (with everything under it) or an activity, with the eTag it was read at. */
export function DeleteDialog(props: DeleteDialogProps) {
  return props.open ? <DeleteConfirmation key={props.item.id} {...props} /> : null;
}

function DeleteConfirmation({ api, unitId, year, collection, item, onClose, onDeleted, onReload }: DeleteDialogProps) {
  const t = useStrings().edit;
  const styles = useStyles();
  const thing = collection === 'goals' ? 'goal' : 'activity';
  const [version, setVersion] = useState<Version>(() => versionOf(item));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [newer, setNewer] = useState<Version | null>(null);
  useReturnFocus(true);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (e) {
      const status = e instanceof ApiError ? e.status : 0;
      if (status === 412) setNewer(e instanceof ApiError && e.current ? versionOf(e.current as Version) : null);
      setFailure(status === 412 ? 'changed' : status === 404 ? 'gone' : { message: e instanceof Error ? e.message : t.deleteFailed });
    } finally {
      setBusy(false);
    }
  }

  const remove = () =>
    run(async () => {
      await api.remove(unitId, year, collection, item.id, version.eTag);
      onDeleted(item.id);
    });

  /** Shows the newer version (from the 412, or read again) so the user can decide anew. */
  const reload = () =>
    run(async () => {
      setVersion(newer ?? versionOf(await api.getItem<{ title?: string; text?: string }>(unitId, year, collection, item.id)));
      setNewer(null);
      onReload?.();
    });

  const stale = failure === 'changed' || failure === 'gone';
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{thing === 'goal' ? t.deleteGoalTitle : t.deleteActivityTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            <p className={styles.text}>{t.deleteConfirm(thing, version.name)}</p>
            {'activities' in item && <p className={styles.text}>{t.activitiesDeletedToo(item.activities.length)}</p>}
            {typeof failure === 'object' && failure && <ErrorMessage title={t.deleteFailed} message={failure.message} />}
            {stale && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{failure === 'changed' ? t.deleteStale(thing) : t.deleteGone(thing)}</MessageBarBody>
                <MessageBarActions>
                  <Button onClick={() => (failure === 'changed' ? void reload() : onDeleted(item.id))}>{t.reload}</Button>
                </MessageBarActions>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => void remove()}
              disabledFocusable={busy || stale}
              icon={busy ? <Spinner size="tiny" /> : undefined}
            >
              {busy ? t.deleting : t.delete}
            </Button>
            <Button onClick={onClose}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
