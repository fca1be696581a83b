import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { StoredAptMeeting } from '@vp/shared';
import { useState, type FormEvent } from 'react';
import type { ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { todayIso } from './format';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end', marginTop: tokens.spacingVerticalL },
});

/** "Förbered nästa APT": the rektor picks the date (today unless changed); the agenda starts as the proposal. */
export function PrepareApt({ api, unitId, year, onPrepared }: { api: ApiClient; unitId: string; year: number; onPrepared(meeting: StoredAptMeeting): Promise<void> | void }) {
  const t = useStrings().apt;
  const styles = useStyles();
  const [date, setDate] = useState(todayIso);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const prepare = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await onPrepared(await api.createAptMeeting(unitId, { year, date }));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void prepare(e)}>
      <Field label={t.date} hint={t.prepareHint}>
        <Input type="date" value={date} required onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Button type="submit" appearance="primary" disabledFocusable={busy || !date} icon={busy ? <Spinner size="tiny" /> : undefined}>
        {busy ? t.preparing : t.prepare}
      </Button>
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
