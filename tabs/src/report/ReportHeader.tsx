import { Badge, Body1, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { editableStates, type ApprovalState } from '@vp/shared';
import { useContext } from 'react';
import type { ApiClient } from '../api/client';
import { DownloadLink } from '../files/DownloadLink';
import { LanguageContext, useStrings } from '../i18n/strings';
import { formatDateTime } from './format';
import type { ReportForm } from './useReport';

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, alignItems: 'center', marginBottom: tokens.spacingVerticalM },
  progress: { minWidth: '14rem' },
});

const statusColor = { draft: 'informative', submitted: 'warning', approved: 'success', returned: 'danger' } as const satisfies Record<ApprovalState, string>;

/** Status, progress and the Word export of the report. */
export function ReportHeader({ api, form, docxUrl, canEdit }: { api: ApiClient; form: ReportForm; docxUrl: string; canEdit: boolean }) {
  const t = useStrings().report;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  const { filled, total } = form.progress;
  const locked = !editableStates.includes(form.view.status);
  const { status, statusAt, statusBy } = form.view;
  return (
    <>
      <div className={styles.header}>
        <Badge size="large" appearance="filled" color={statusColor[status]}>
          {t.status[form.view.status]}
        </Badge>
        <Field label={t.form.progressLabel} hint={t.form.progress(filled, total)} className={styles.progress}>
          <ProgressBar value={filled} max={Math.max(total, 1)} thickness="large" />
        </Field>
        <DownloadLink api={api} href={docxUrl}>
          {t.download}
        </DownloadLink>
      </div>
      {status !== 'draft' && statusBy && statusAt && <Body1 as="p" block>{t.form.statusBy(t.status[status], statusBy, formatDateTime(statusAt, language))}</Body1>}
      {locked && canEdit && <Body1 as="p" block>{t.form.readOnlyLocked(t.status[status])}</Body1>}
      {!canEdit && <Body1 as="p" block>{api.mode === 'entra' ? t.form.readOnlySignedIn : t.form.readOnlyNoAccess}</Body1>}
    </>
  );
}
