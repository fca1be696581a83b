import { Body1, Checkbox, Field, Label, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Indicator, Stored } from '@vp/shared';
import { useId } from 'react';
import type { ApiClient } from '../api/client';
import { EditorDialog } from '../edit/EditorDialog';
import { useStrings } from '../i18n/strings';
import { LoadFailure } from '../recover/LoadFailure';
import { useApplicabilityEditor, type Applicability } from './useApplicabilityEditor';

const useStyles = makeStyles({
  units: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  theirs: { color: tokens.colorNeutralForeground2 },
});

export interface ApplicabilityDialogProps {
  api: ApiClient;
  forvaltningId: string;
  year: number;
  indicator: { indicatorId: string; name: string };
  /** The förvaltning's units, as the overview lists them */
  units: readonly { unitId: string; name: string }[];
  onClose(): void;
  onSaved(indicator: Stored<Indicator>): void;
}

/** Marks a förvaltning indicator as applying to every unit, or to the units checked (the others are not asked for it). */
export function ApplicabilityDialog({ api, forvaltningId, year, indicator, units, onClose, onSaved }: ApplicabilityDialogProps) {
  const t = useStrings();
  const a = t.report.overview.applicability;
  const styles = useStyles();
  const groupLabel = useId();
  const errorId = useId();
  const editor = useApplicabilityEditor({ api, forvaltningId, year, indicatorId: indicator.indicatorId, unitIds: units.map((u) => u.unitId), onSaved, onClose });
  const { choice, load } = editor;
  const loading = !load.data;
  // Units the stored list names that the overview does not (not expected): shown by id, so nothing is dropped unseen.
  const listed = [...units, ...choice.unitIds.filter((id) => !units.some((u) => u.unitId === id)).map((id) => ({ unitId: id, name: id }))];
  const nameOf = (id: string) => listed.find((u) => u.unitId === id)?.name ?? id;
  const describe = (c: Applicability) => (c.all ? a.all : c.unitIds.map(nameOf).join(', ') || t.edit.empty);

  return (
    <EditorDialog title={a.title(indicator.name)} thing="indicator" editor={editor.state} onClose={onClose} loading={loading}>
      {load.error ? (
        <LoadFailure loads={[load]} />
      ) : loading ? (
        <Spinner size="small" label={a.loading} />
      ) : (
        <>
          <Field label={a.choice} hint={a.hint}>
            <RadioGroup value={choice.all ? 'all' : 'some'} onChange={(_, d) => editor.setAll(d.value === 'all')}>
              <Radio value="all" label={a.all} />
              <Radio value="some" label={a.some} />
            </RadioGroup>
          </Field>
          {!choice.all && (
            <div role="group" aria-labelledby={groupLabel} aria-describedby={editor.invalid ? errorId : undefined} className={styles.units}>
              <Label id={groupLabel} weight="semibold">
                {a.units}
              </Label>
              {listed.map((u) => (
                <Checkbox key={u.unitId} label={u.name} checked={choice.unitIds.includes(u.unitId)} onChange={(_, d) => editor.setUnit(u.unitId, d.checked === true)} />
              ))}
              {editor.invalid && (
                <Text id={errorId} role="alert" className={styles.error}>
                  {a.atLeastOne}
                </Text>
              )}
            </div>
          )}
          {editor.theirs && (
            <Body1 className={styles.theirs}>
              {t.edit.theirValue} {describe(editor.theirs)}
            </Body1>
          )}
        </>
      )}
    </EditorDialog>
  );
}
