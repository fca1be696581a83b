import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';

/** Someone else saved the report first: save over their version, or take it. What was typed stays until then. */
export function ReportConflict({ busy, onSaveMine, onUseTheirs }: { busy: boolean; onSaveMine(): void; onUseTheirs(): void }) {
  const t = useStrings();
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.report.form.conflictTitle}</MessageBarTitle>
        {t.report.form.conflictText}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onSaveMine} disabled={busy}>
          {t.edit.saveMine}
        </Button>
        <Button onClick={onUseTheirs} disabled={busy}>
          {t.edit.useTheirs}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
