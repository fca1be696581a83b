import { Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { editableStates } from '@vp/shared';
import { useRef, useState } from 'react';
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
  const locked = !editableStates.includes(form.view.status);
  const [asking, setAsking] = useState(false);
  // Submitting removes the buttons; focus goes to the bar, which then says the report is submitted. Skicka in
  // stays focusable while it is sent (disabledFocusable) and focus leaves it before it is removed (a focused
  // element removed from the page drops focus to <body>).
  const bar = useRef<HTMLDivElement>(null);
  if (!canEdit && !form.notice && !form.conflict) return null;
  return (
    <div className={styles.bar} ref={bar} tabIndex={-1} role="group" aria-label={t.report.form.actions}>
      {form.notice && (
        <MessageBar intent={form.notice.intent} role={form.notice.intent === 'success' ? 'status' : 'alert'} layout="multiline">
          <MessageBarBody>{form.notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {form.conflict && <ReportConflict busy={form.busy} onSaveMine={form.saveMine} onUseTheirs={form.useTheirs} />}
      {canEdit && (
        <div className={styles.buttons}>
          {!locked && (
            <Button type="submit" appearance="primary" disabledFocusable={form.busy} icon={form.busy ? <Spinner size="tiny" /> : undefined}>
              {form.busy ? t.edit.saving : t.edit.save}
            </Button>
          )}
          {!locked && (
            <Button onClick={() => setAsking(true)} disabled={form.dirty} disabledFocusable={form.busy}>
              {t.report.form.markReady}
            </Button>
          )}
          {!locked && form.dirty && <Caption1>{t.report.form.saveFirst}</Caption1>}
        </div>
      )}
      <ReadyDialog
        open={asking}
        missing={form.missing}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          form.submit(() => bar.current?.focus());
        }}
      />
    </div>
  );
}
