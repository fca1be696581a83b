import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { AptNoteCreate, type AgendaItem, type AptNoteType } from '@vp/shared';
import { useState, type FormEvent } from 'react';
import { ApiError, type ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { fontSize: '1.3rem', fontWeight: tokens.fontWeightSemibold, margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, '& > *': { flex: '1 1 12rem' } },
  text: { '& textarea': { fontSize: '1.15rem' } },
});

interface Draft {
  type: AptNoteType;
  text: string;
  responsible: string;
  due: string;
}

const empty: Draft = { type: 'note', text: '', responsible: '', due: '' };
type FieldName = 'text' | 'responsible' | 'due';

export interface NoteFormProps {
  api: ApiClient;
  meetingId: string;
  /** The point on the screen now */
  item: AgendaItem;
  agenda: readonly AgendaItem[];
  /** Reads the meeting again, so the writer sees the note at once */
  onAdded(): Promise<void>;
}

/**
 * A note or a decision (with who is responsible and by when) on an agenda point. What is typed lives
 * here only, so polls that bring others' notes never touch it; and once typing starts the note stays
 * with the point it was begun on, even when the presenter moves on meanwhile (the form says which).
 */
export function NoteForm({ api, meetingId, item, agenda, onAdded }: NoteFormProps) {
  const t = useStrings().stage.notes;
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>(empty);
  const [pinned, setPinned] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failed, setFailed] = useState<string | null>(null);

  const targetId = pinned ?? item.id;
  const target = agenda.find((i) => i.id === targetId) ?? item;

  const change = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    const blank = !next.text && !next.responsible && !next.due;
    setPinned(blank ? null : (pinned ?? item.id));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const decision = draft.type === 'decision';
    const parsed = AptNoteCreate.safeParse({
      agendaItemId: target.id,
      type: draft.type,
      text: draft.text,
      responsible: decision && draft.responsible.trim() ? draft.responsible.trim() : null,
      due: decision && draft.due ? draft.due : null,
    });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    setFailed(null);
    setSending(true);
    try {
      await api.addAptNote(meetingId, parsed.data);
      setDraft(empty);
      setPinned(null);
      await onAdded();
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) setErrors(Object.fromEntries(error.fields.map((f) => [f.field, f.message])));
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-labelledby="stage-note-form" noValidate>
      <h3 id="stage-note-form" className={styles.heading}>
        {t.add}
      </h3>
      {target.id !== item.id && <p>{t.forPoint(target.title)}</p>}
      <Field label={t.type}>
        <RadioGroup layout="horizontal" value={draft.type} onChange={(_, d) => change({ type: d.value as AptNoteType })}>
          <Radio value="note" label={t.note} />
          <Radio value="decision" label={t.decision} />
        </RadioGroup>
      </Field>
      <Field label={t.text} validationMessage={errors.text} required>
        <Textarea className={styles.text} value={draft.text} resize="vertical" rows={3} onChange={(_, d) => change({ text: d.value })} />
      </Field>
      {draft.type === 'decision' && (
        <div className={styles.row}>
          <Field label={t.responsibleLabel} validationMessage={errors.responsible}>
            <Input value={draft.responsible} onChange={(_, d) => change({ responsible: d.value })} />
          </Field>
          <Field label={t.dueLabel} validationMessage={errors.due}>
            <Input type="date" value={draft.due} onChange={(_, d) => change({ due: d.value })} />
          </Field>
        </div>
      )}
      {failed && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t.failed} {failed}
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={sending} icon={sending ? <Spinner size="tiny" /> : undefined}>
          {sending ? t.sending : t.submit}
        </Button>
      </div>
    </form>
  );
}
