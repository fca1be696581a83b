import { Badge, Body1, Caption1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ActivityStatus, activityStatusLabel, Assessment, assessmentText, type ApprovalTarget } from '@vp/shared';
import { useCallback, useContext } from 'react';
import type { ApiClient } from '../api/client';
import { valueText } from '../edit/valueText';
import { LanguageContext, useStrings } from '../i18n/strings';
import { LoadFailure } from '../recover/LoadFailure';
import { useLoad } from '../recover/useLoad';
import { formatDateTime } from '../report/format';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  fields: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
});

const colors = { added: 'success', removed: 'danger', changed: 'warning' } as const;

/**
 * What differs now from the version last approved (what the nämnd saw), read when opened: each item
 * added, removed or changed, with the approved and the current value of each changed field.
 */
export function ApprovedChanges({ api, target }: { api: Pick<ApiClient, 'getApprovalChanges'>; target: ApprovalTarget }) {
  const t = useStrings();
  const c = t.approval.changes;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  // Keyed by the target's parts, not by the object the page made this render.
  const targetKey = JSON.stringify(target);
  const load = useLoad(useCallback(() => api.getApprovalChanges(JSON.parse(targetKey) as ApprovalTarget), [api, targetKey]));
  const label = (field: string) => c.fields[field] ?? t.edit.fieldLabels[field] ?? field;
  // Stored choices in the words the report uses for them (a report's period words its assessments).
  const shown = (field: string, value: unknown): string => {
    const assessment = Assessment.safeParse(value);
    if (field === 'assessment' && assessment.success && target.period) return `”${assessmentText(assessment.data, target.period)}”`;
    const status = ActivityStatus.safeParse(value);
    if (field === 'status' && status.success) return `”${activityStatusLabel[status.data]}”`;
    return valueText(value, t.edit.empty);
  };
  const data = load.data;

  if (!data) return load.error ? <LoadFailure loads={[load]} /> : <Spinner size="tiny" label={t.loading} />;
  return (
    <>
      {data.approved && <Caption1 block>{c.since(data.approved.version, data.approved.by.name, formatDateTime(data.approved.at, language))}</Caption1>}
      {data.changes.length === 0 ? (
        <Body1>{c.none}</Body1>
      ) : (
        <ul className={styles.list}>
          {data.changes.map((change) => (
            <li key={change.key} className={styles.item}>
              <span className={styles.line}>
                <Badge appearance="tint" color={colors[change.change]}>
                  {c.kinds[change.change]}
                </Badge>
                <Body1>{change.title}</Body1>
              </span>
              {change.fields.length > 0 && (
                <ul className={styles.fields}>
                  {change.fields.map((f) => (
                    <li key={f.field}>
                      <Caption1>
                        {label(f.field)}: {c.before} {shown(f.field, f.before)} → {c.after} {shown(f.field, f.after)}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
