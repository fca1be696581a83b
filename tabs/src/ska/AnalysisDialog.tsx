import { Field, Textarea } from '@fluentui/react-components';
import { skaPerspectiveHeadings, type SkaAnalysis, type SkaPerspective, type SkaScope, type StoredSkaAnalysis } from '@vp/shared';
import { useState } from 'react';
import type { ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { SkaEditDialog } from './SkaEditDialog';
import { useSkaSave, type SkaSend } from './useSkaSave';

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
  const save = useSkaSave<SkaAnalysis>(analysis?.eTag ?? null, onSaved, onClose);
  const send = (): SkaSend<SkaAnalysis> => (text === base ? null : (eTag) => api.updateSkaAnalysis(where.forvaltningId, where.scope, where.year, eTag, { [perspective]: text }));

  return (
    <SkaEditDialog
      title={t.editAnalysis(heading)}
      {...save.dialog}
      onSubmit={() => save.submit(send())}
      onSaveMine={() => save.saveMine(send())}
    >
      <Field label={heading}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={12} />
      </Field>
    </SkaEditDialog>
  );
}
