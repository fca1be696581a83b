import { Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n/strings';
import { useCharacterCount } from './characterCount';
import type { FieldBinding } from './useItemEditor';

const useStyles = makeStyles({
  theirs: {
    marginTop: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorder2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  theirText: { whiteSpace: 'pre-wrap', margin: 0 },
  counter: { display: 'block' },
});

export interface EditorFieldProps extends FieldBinding {
  label: string;
  control: 'input' | 'date' | 'textarea';
  hint?: string;
  required?: boolean;
  rows?: number;
}

/** One labelled form control with its validation message, hint and, in a conflict, the newer value. */
export function EditorField({ label, control, hint, required, rows = 4, value, onChange, onBlur, error, theirs, maxLength = null }: EditorFieldProps) {
  const styles = useStyles();
  const t = useStrings().edit;
  const counter = useCharacterCount(value, maxLength);
  const newer = theirs === undefined ? null : (
    <div className={styles.theirs}>
      {t.theirValue}
      <p className={styles.theirText}>{theirs || t.empty}</p>
    </div>
  );
  return (
    <Field label={label} required={required} validationMessage={error} hint={hint || counter || newer ? <>{hint}{counter && <span className={styles.counter}>{counter}</span>}{newer}</> : undefined}>
      {control === 'textarea' ? (
        <Textarea value={value} rows={rows} resize="vertical" onChange={(_, data) => onChange(data.value)} onBlur={onBlur} />
      ) : (
        <Input type={control === 'date' ? 'date' : 'text'} value={value} onChange={(_, data) => onChange(data.value)} onBlur={onBlur} />
      )}
    </Field>
  );
}
