import { Body1Strong, Button, Caption1, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { GoalAnalysisWrite, maxLengthOf, type StoredGoalAnalysis } from '@vp/shared';
import { useContext, useState } from 'react';
import { ApiError } from '../api/client';
import { ConflictMessage } from '../edit/ConflictMessage';
import { LanguageContext, useStrings } from '../i18n/strings';
import { TextBlock } from '../plan/TextBlock';
import { formatDateTime } from '../report/format';

const useStyles = makeStyles({
  block: { margin: `${tokens.spacingVerticalS} 0`, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface GoalAnalysisBlockProps {
  goalTitle: string;
  analysis: StoredGoalAnalysis | undefined;
  /** Given to the avdelningschef: writes the text over the version named by eTag (null: none stored yet). */
  onSave?(text: string, eTag: string | null): Promise<StoredGoalAnalysis>;
}

/**
 * The förvaltning's own analysis of a nämndmål, under what the units say of it; the avdelningschef
 * writes it in place. A save that lost to someone else keeps the text typed and shows theirs to choose.
 */
export function GoalAnalysisBlock({ goalTitle, analysis, onSave }: GoalAnalysisBlockProps) {
  const t = useStrings();
  const o = t.report.overview;
  const language = useContext(LanguageContext);
  const styles = useStyles();
  const [draft, setDraft] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // The newer version someone else saved while this text was being written.
  const [theirs, setTheirs] = useState<StoredGoalAnalysis | null>(null);
  const shown = theirs ?? analysis;

  const save = async (eTag: string | null) => {
    if (!onSave || draft === null) return;
    setBusy(true);
    setFailure(null);
    try {
      await onSave(draft, eTag);
      setDraft(null);
      setTheirs(null);
    } catch (e) {
      if (e instanceof ApiError && e.status === 412 && e.current) setTheirs(e.current as StoredGoalAnalysis);
      else setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.block}>
      <Body1Strong as="h5">{o.forvaltningAnalysis}</Body1Strong>
      {draft === null ? (
        <>
          {shown?.analysis ? <TextBlock text={shown.analysis} /> : <Caption1 className={styles.muted}>{o.noForvaltningAnalysis}</Caption1>}
          {shown?.analysis && <Caption1 className={styles.muted}>{o.analysisBy(shown.changedBy.name, formatDateTime(shown.changedAt, language))}</Caption1>}
          {onSave && (
            <span className={styles.actions}>
              <Button size="small" onClick={() => setDraft(shown?.analysis ?? '')} aria-label={`${shown?.analysis ? o.editAnalysis : o.writeAnalysis}: ${goalTitle}`}>
                {shown?.analysis ? o.editAnalysis : o.writeAnalysis}
              </Button>
            </span>
          )}
        </>
      ) : (
        <>
          <Field label={`${o.forvaltningAnalysis}: ${goalTitle}`} validationMessage={failure ?? undefined}>
            <Textarea value={draft} resize="vertical" rows={5} maxLength={maxLengthOf(GoalAnalysisWrite.shape.analysis) ?? undefined} onChange={(_, d) => setDraft(d.value)} disabled={busy} />
          </Field>
          {theirs && (
            <>
              <ConflictMessage thing="analysis" deleted={false} busy={busy} onSaveMine={() => void save(theirs.eTag)} onUseTheirs={() => { setDraft(null); }} />
              <Caption1>{t.edit.theirValue}</Caption1>
              <TextBlock text={theirs.analysis} />
            </>
          )}
          <span className={styles.actions}>
            <Button appearance="primary" size="small" onClick={() => void save(theirs?.eTag ?? analysis?.eTag ?? null)} disabled={busy || Boolean(theirs)}>
              {busy ? t.edit.saving : t.edit.save}
            </Button>
            <Button size="small" onClick={() => { setDraft(null); setTheirs(null); setFailure(null); }} disabled={busy}>
              {t.edit.cancel}
            </Button>
          </span>
        </>
      )}
    </div>
  );
}
