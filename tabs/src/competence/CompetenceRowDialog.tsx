import { Body1, Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CompetenceCategory, type CompetenceRow, type StoredCompetenceRow } from '@vp/shared';
import { useState, type FormEvent } from 'react';
import { useReturnFocus } from '../a11y/useReturnFocus';
import type { ApiClient } from '../api/client';
import { ErrorMessage } from '../edit/ErrorMessage';
import { useSaveWithConflict } from '../edit/useSaveWithConflict';
import { useStrings } from '../i18n/strings';
import { ConflictBar } from './ConflictBar';
import { createOf, emptyForm, formOf, patchOf, toggleCategory, type RowForm } from './rowForm';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, '> *': { flexShrink: 0 } },
  categories: { border: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, width: '100%' },
});

/** Where a new row goes: the avdelning whose Ny rad was chosen. */
export interface NewRowPlace {
  forvaltningId: string;
  year: number;
  avdelning: string;
}

export interface CompetenceRowDialogProps {
  api: ApiClient;
  /** the row to edit; a new row of `place` when absent */
  row?: StoredCompetenceRow;
  place?: NewRowPlace;
  onSaved(row: StoredCompetenceRow): void;
  /** Without saving (Avbryt, or taking the newer version): the page reads the rows again. */
  onClose(): void;
}

/**
 * Adds a row to an avdelning (POST), or edits one row of the competence-supply plan: saves only the
 * fields changed, with the row's eTag. When someone else saved first (412) it shows their version and
 * keeps what was typed; saving again then goes over their version with the same changes.
 */
export function CompetenceRowDialog({ api, row, place, onSaved, onClose }: CompetenceRowDialogProps) {
  const strings = useStrings();
  const t = strings.competence;
  const c = t.columns;
  const styles = useStyles();
  const [base] = useState(() => (row ? formOf(row) : emptyForm));
  const [form, setForm] = useState<RowForm>(base);
  const [eTag, setETag] = useState(row?.eTag ?? '');
  // Closed by Avbryt, Escape or a save: focus goes back to the button that opened it.
  useReturnFocus(true);
  const saving = useSaveWithConflict<CompetenceRow>();
  const newer = saving.conflict?.current ?? null;

  const set = (field: Exclude<keyof RowForm, 'categories'>) => (_: unknown, data: { value: string }) => setForm((f) => ({ ...f, [field]: data.value }));
  const save = async (withETag: string) => {
    if (!row) {
      const created = place && (await saving.save(() => api.createCompetenceRow(place.forvaltningId, place.year, createOf(form, place.avdelning)), { updating: false, onFieldErrors: () => undefined }));
      if (created) onSaved(created);
      return;
    }
    const patch = patchOf(form, base);
    if (Object.keys(patch).length === 0) return onClose();
    const saved = await saving.save(() => api.updateCompetenceRow(row.forvaltningId, row.year, row.id, withETag, patch), { updating: true, onFieldErrors: () => undefined });
    if (saved) onSaved(saved);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving.saving) void save(eTag);
  };
  const saveMine = () => {
    if (!newer) return;
    setETag(newer.eTag);
    saving.clearConflict();
    void save(newer.eTag);
  };
  // Closing reads the rows again (the page does), so the newer version is what the table shows.
  const useTheirs = () => onClose();

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{row ? t.dialogTitle : t.newDialogTitle}</DialogTitle>
            <DialogContent className={styles.content}>
              {saving.error && <ErrorMessage title={strings.edit.saveFailed} message={saving.error} />}
              {saving.conflict && (
                <ConflictBar
                  title={t.conflictTitle}
                  text={newer ? t.conflictText : t.goneText}
                  newer={
                    newer
                      ? {
                          testId: 'newer-row',
                          lines: `${c.goal}: ${newer.goal}\n${c.activity}: ${newer.activity}\n${c.targetDate}: ${newer.targetDate.text}\n${c.responsible}: ${newer.responsible.join(', ')}\n${c.resources}: ${newer.resources.join(', ')}\n${c.followUp}: ${newer.followUp}`,
                        }
                      : undefined
                  }
                  busy={saving.saving}
                  onSaveMine={newer ? saveMine : undefined}
                  onUseTheirs={useTheirs}
                />
              )}
              {place && !row && <Body1>{t.newIn(place.avdelning)}</Body1>}
              <fieldset className={styles.categories}>
                <legend className={styles.legend}>{t.categoriesLabel}</legend>
                {CompetenceCategory.options.map((k) => (
                  <Checkbox key={k} label={t.categories[k]} checked={form.categories.includes(k)} onChange={(_, d) => setForm((f) => ({ ...f, categories: toggleCategory(f.categories, k, d.checked === true) }))} />
                ))}
              </fieldset>
              <Field label={c.goal}>
                <Textarea value={form.goal} onChange={set('goal')} resize="vertical" />
              </Field>
              <Field label={c.activity} required>
                <Textarea value={form.activity} onChange={set('activity')} resize="vertical" />
              </Field>
              <Field label={c.targetDate} hint={t.targetDateHint}>
                <Input value={form.targetDate} onChange={set('targetDate')} />
              </Field>
              <Field label={c.responsible} hint={t.linesHint}>
                <Textarea value={form.responsible} onChange={set('responsible')} resize="vertical" />
              </Field>
              <Field label={c.resources} hint={t.linesHint}>
                <Textarea value={form.resources} onChange={set('resources')} resize="vertical" />
              </Field>
              <Field label={c.followUp}>
                <Textarea value={form.followUp} onChange={set('followUp')} resize="vertical" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabledFocusable={saving.saving}>
                {saving.saving ? t.saving : t.save}
              </Button>
              <Button onClick={onClose}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
