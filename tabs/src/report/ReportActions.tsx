import { Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useStrings } from '../i18n/strings';
import { ReadyDialog } from './ReadyDialog';
import { ReportConflict } from './ReportConflict';
import type { ReportForm } from './useReport';

const useStyles = makeStyles({
  bar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} 0`,
    marginTop: tokens.spacingVerticalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** Save and status buttons, kept in view at the bottom, with what the last action said. */
export function ReportActions({ form, canEdit }: { form: ReportForm; canEdit: boolean }) {
  const t = useStrings();
  const styles = useStyles();
  const ready = form.view.status === 'ready';
  const [asking, setAsking] = useState(false);
  // A status change made here swaps the status button for the other one; focus follows it there.
  const statusButton = useRef<HTMLButtonElement>(null);
  const focusStatusButton = useRef(false);
  useEffect(() => {
    if (!focusStatusButton.current) return;
    focusStatusButton.current = false;
    statusButton.current?.focus();
  }, [ready]);
  const changeStatus = (change: () => void) => {
    focusStatusButton.current = true;
    change();
  };
  if (!canEdit && !form.notice && !form.conflict) return null;
  return (
    <div className={styles.bar}>
      {form.notice && (
        <MessageBar intent={form.notice.intent} role={form.notice.intent === 'success' ? 'status' : 'alert'} layout="multiline">
          <MessageBarBody>{form.notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {form.conflict && <ReportConflict busy={form.busy} onSaveMine={form.saveMine} onUseTheirs={form.useTheirs} />}
      {canEdit && (
        <div className={styles.buttons}>
          {!ready && (
            <Button type="submit" appearance="primary" disabledFocusable={form.busy} icon={form.busy ? <Spinner size="tiny" /> : undefined}>
              {form.busy ? t.edit.saving : t.edit.save}
            </Button>
          )}
          {!ready && (
            <Button ref={statusButton} onClick={() => setAsking(true)} disabled={form.busy || form.dirty}>
              {t.report.form.markReady}
            </Button>
          )}
          {ready && (
            <Button ref={statusButton} onClick={() => changeStatus(form.reopen)} disabled={form.busy}>
              {t.report.form.reopen}
            </Button>
          )}
          {!ready && form.dirty && <Caption1>{t.report.form.saveFirst}</Caption1>}
        </div>
      )}
      <ReadyDialog
        open={asking}
        missing={form.missing}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          changeStatus(form.markReady);
        }}
      />
    </div>
  );
}
