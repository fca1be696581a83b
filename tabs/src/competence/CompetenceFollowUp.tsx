import { Body1, Button, Select, Textarea, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { activityStatuses, type ActivityStatus, type CompetenceFollowUpView, type StoredCompetenceRow } from '@vp/shared';
import { useMemo, useState, type FormEvent } from 'react';
import type { ApiClient } from '../api/client';
import { ErrorMessage } from '../edit/ErrorMessage';
import { useSaveWithConflict } from '../edit/useSaveWithConflict';
import { useStrings } from '../i18n/strings';
import { byAvdelning } from './CompetenceTables';
import { CompetenceRollupTable } from './CompetenceRollupTable';
import { ConflictBar } from './ConflictBar';
import { followUpFormOf, followUpPatchOf, type EntryForm } from './followUpForm';
import { useCompetenceTableStyles } from './tableStyles';

const useStyles = makeStyles({
  title: { ...typographyStyles.subtitle1, margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}` },
  comment: { minWidth: '16rem', width: '100%' },
  // The save button stays in reach below a long list of rows.
  actions: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface CompetenceFollowUpProps {
  api: ApiClient;
  rows: readonly StoredCompetenceRow[];
  /** the period's follow-up as read; the page gives a new key for another year or period */
  view: CompetenceFollowUpView;
  /** the avdelningschef fills in status and comment; others read them */
  canEdit: boolean;
}

const firstLine = (text: string) => text.split('\n')[0]!;

/**
 * A period's follow-up of the competence-supply plan: the förvaltning's roll-up by category and status,
 * then per avdelning each row once with its status and comment. The avdelningschef saves the changed
 * rows in one PATCH (all or none) with the period's eTag; when someone else saved first (412) their rows
 * are shown and what was typed stays, to be saved over theirs (only the fields changed are sent).
 */
export function CompetenceFollowUp({ api, rows, view, canEdit }: CompetenceFollowUpProps) {
  const strings = useStrings();
  const t = strings.competence;
  const c = t.followUpColumns;
  const styles = useStyles();
  const tables = useCompetenceTableStyles();
  const [base, setBase] = useState(view);
  const baseForm = useMemo(() => followUpFormOf(base), [base]);
  const [form, setForm] = useState(baseForm);
  const [saved, setSaved] = useState('');
  const saving = useSaveWithConflict<CompetenceFollowUpView>();
  const newer = saving.conflict?.current ?? null;
  const changes = followUpPatchOf(form, baseForm);
  const rowById = new Map(rows.map((r) => [r.id, r]));

  const statusText = (status: ActivityStatus | null) => (status ? strings.report.activityStatuses[status] : t.noStatus);
  const set = (rowId: string, change: Partial<EntryForm>) => {
    setSaved('');
    setForm((f) => ({ ...f, [rowId]: { ...f[rowId]!, ...change } }));
  };
  const take = (next: CompetenceFollowUpView) => {
    setBase(next);
    setForm(followUpFormOf(next));
  };
  const save = async (eTag: string) => {
    if (changes.length === 0) return;
    const result = await saving.save(() => api.saveCompetenceFollowUp(base.forvaltningId, base.year, base.period, eTag, { entries: changes }), { updating: false, onFieldErrors: () => undefined });
    if (result) {
      take(result);
      setSaved(t.followUpSaved);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving.saving) void save(base.eTag);
  };
  const saveMine = () => {
    if (!newer) return;
    saving.clearConflict();
    void save(newer.eTag);
  };
  const useTheirs = () => {
    if (newer) take(newer);
    saving.clearConflict();
  };
  // What the other person changed: the rows whose stored follow-up differs from what this page read.
  const theirChanges = newer
    ? newer.entries
        .filter((e) => JSON.stringify(e) !== JSON.stringify(base.entries.find((b) => b.rowId === e.rowId)))
        .map((e) => `${firstLine(rowById.get(e.rowId)?.activity ?? e.rowId)}: ${statusText(e.status)}${e.comment ? ` – ${e.comment}` : ''}`)
    : [];

  return (
    <form onSubmit={submit} noValidate>
      <h2 className={styles.title}>{t.followUpOf(base.period)}</h2>
      <CompetenceRollupTable rollup={base.rollup} period={base.period} />
      {byAvdelning(rows).map(([avdelning, own], a) => (
        <section key={avdelning} aria-labelledby={`followup-${a}`} className={tables.avdelning}>
          <h3 id={`followup-${a}`} className={tables.heading}>
            {avdelning}
          </h3>
          <div className={tables.scroll}>
            <table className={tables.table} aria-label={t.followUpTableOf(base.period, avdelning)}>
              <thead>
                <tr>
                  <th scope="col">{c.activity}</th>
                  <th scope="col">{c.categories}</th>
                  <th scope="col">{c.targetDate}</th>
                  <th scope="col">{c.status}</th>
                  <th scope="col">{c.comment}</th>
                </tr>
              </thead>
              <tbody>
                {own.map((row) => {
                  const entry = form[row.id] ?? { status: '', comment: '' };
                  const name = firstLine(row.activity);
                  return (
                    <tr key={row.id}>
                      <td className={tables.text}>{row.activity}</td>
                      <td>{row.categories.map((k) => t.categories[k]).join(', ')}</td>
                      <td>{row.targetDate.text}</td>
                      {canEdit ? (
                        <>
                          <td>
                            <Select aria-label={t.statusOf(name)} value={entry.status} onChange={(_, d) => set(row.id, { status: d.value as ActivityStatus | '' })}>
                              <option value="">{t.noStatus}</option>
                              {activityStatuses.map((s) => (
                                <option key={s} value={s}>
                                  {strings.report.activityStatuses[s]}
                                </option>
                              ))}
                            </Select>
                          </td>
                          <td>
                            <Textarea className={styles.comment} aria-label={t.commentOf(name)} value={entry.comment} onChange={(_, d) => set(row.id, { comment: d.value })} resize="vertical" />
                          </td>
                        </>
                      ) : (
                        <>
                          <td>{statusText(entry.status || null)}</td>
                          <td className={tables.text}>{entry.comment}</td>
                        </>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {canEdit && (
        <div className={styles.actions}>
          {saving.error && <ErrorMessage title={strings.edit.saveFailed} message={saving.error} />}
          {saving.conflict && (
            <ConflictBar
              title={t.followUpConflictTitle}
              text={t.followUpConflictText}
              newer={{ testId: 'their-follow-up', lines: theirChanges.join('\n') }}
              busy={saving.saving}
              onSaveMine={saveMine}
              onUseTheirs={useTheirs}
            />
          )}
          <Button type="submit" appearance="primary" disabledFocusable={saving.saving || changes.length === 0}>
            {saving.saving ? t.saving : t.saveFollowUp}
          </Button>
          <div role="status" aria-live="polite">
            {changes.length > 0 ? <Body1>{t.unsaved(changes.length)}</Body1> : saved && <Body1>{saved}</Body1>}
          </div>
        </div>
      )}
    </form>
  );
}
