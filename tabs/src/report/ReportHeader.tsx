import { Body1, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { editableStates } from '@vp/shared';
import type { ApiClient } from '../api/client';
import { DownloadLink } from '../files/DownloadLink';
import { useStrings } from '../i18n/strings';
import type { ReportForm } from './useReport';

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, alignItems: 'center', marginBottom: tokens.spacingVerticalM },
  progress: { minWidth: '14rem' },
});

/** Progress, the Word export, and why the form is read-only; where the report stands is the approval panel's (beside it on the page). */
export function ReportHeader({ api, form, docxUrl, canEdit }: { api: ApiClient; form: ReportForm; docxUrl: string; canEdit: boolean }) {
  const t = useStrings().report;
  const styles = useStyles();
  const { filled, total } = form.progress;
  const locked = !editableStates.includes(form.view.status);
  const { status } = form.view;
  return (
    <>
      <div className={styles.header}>
        <Field label={t.form.progressLabel} hint={t.form.progress(filled, total)} className={styles.progress}>
          <ProgressBar value={filled} max={Math.max(total, 1)} thickness="large" />
        </Field>
        <DownloadLink api={api} href={docxUrl}>
          {t.download}
        </DownloadLink>
      </div>
      {locked && canEdit && <Body1 as="p" block>{t.form.readOnlyLocked(t.status[status])}</Body1>}
      {!canEdit && <Body1 as="p" block>{api.mode === 'entra' ? t.form.readOnlySignedIn : t.form.readOnlyNoAccess}</Body1>}
    </>
  );
}
