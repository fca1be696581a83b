import { Field, Textarea } from '@fluentui/react-components';
import { skaPerspectiveHeadings, type SkaAnalysis, type SkaPerspective, type SkaScope, type StoredSkaAnalysis } from '@vp/shared';
import { useState } from 'react';
import type { ApiClient } from '../api/client';
import { useSaveWithConflict } from '../edit/useSaveWithConflict';
import { useStrings } from '../i18n/strings';
import { SkaEditDialog } from './SkaEditDialog';

export interface AnalysisDialogProps {
  api: ApiClient;
  where: { forvaltningId: string; scope: SkaScope; year: number };
  /** null: the plan has no analysis yet; the first save creates it */
  analysis: StoredSkaAnalysis | null;
  perspective: SkaPerspective;
  onSaved(analysis: StoredSkaAnalysis): void;
  onClose(): void;
}

/** One perspective's analysis text: saves only that perspective, with the analysis's eTag. */
export function AnalysisDialog({ api, where, analysis, perspective, onSaved, onClose }: AnalysisDialogProps) {
  const t = useStrings().ska;
  const heading = skaPerspectiveHeadings[perspective];
  const [base] = useState(() => analysis?.texts[perspective] ?? '');
  const [text, setText] = useState(base);
  const [eTag, setETag] = useState(analysis?.eTag ?? null);
  const saving = useSaveWithConflict<SkaAnalysis>();

  const save = async (withETag: string | null) => {
    if (text === base) return onClose();
    const saved = await saving.save(() => api.updateSkaAnalysis(where.forvaltningId, where.scope, where.year, withETag, { [perspective]: text }), { updating: withETag !== null, onFieldErrors: () => undefined });
    if (saved) onSaved(saved);
  };
  const saveMine = () => {
    const newer = saving.conflict?.current;
    if (!newer) return;
    setETag(newer.eTag);
    saving.clearConflict();
    void save(newer.eTag);
  };

  return (
    <SkaEditDialog
      title={t.editAnalysis(heading)}
      saving={saving.saving}
      error={saving.error}
      conflict={saving.conflict ? { newer: saving.conflict.current !== null } : null}
      onSubmit={() => void save(eTag)}
      onSaveMine={saveMine}
      onClose={onClose}
    >
      <Field label={heading}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={12} />
      </Field>
    </SkaEditDialog>
  );
}
