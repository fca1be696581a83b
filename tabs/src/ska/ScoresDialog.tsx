import { Field, Input } from '@fluentui/react-components';
import { formatScore, type SkaAssessment, type SkaAssessmentView, type SkaScope, type SkaStrategyKey } from '@vp/shared';
import { useState } from 'react';
import type { ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { scoreColumns, scoreOf } from './assessmentColumns';
import { parseScore } from './scoreText';
import { SkaEditDialog } from './SkaEditDialog';
import { useSkaSave, type SkaSend } from './useSkaSave';

export interface ScoresDialogProps {
  api: ApiClient;
  where: { forvaltningId: string; scope: SkaScope; year: number };
  assessment: SkaAssessmentView;
  strategy: SkaStrategyKey;
  onSaved(assessment: SkaAssessmentView): void;
  onClose(): void;
}

const keyOf = (role: string, year: number, criterion: number) => `${role} ${year} ${criterion}`;

/**
 * One strategy's scores, a field per criterion, role and year: saves only the scores changed (an
 * emptied one is cleared), with the self-assessment's eTag.
 */
export function ScoresDialog({ api, where, assessment, strategy, onSaved, onClose }: ScoresDialogProps) {
  const t = useStrings().ska;
  const columns = scoreColumns(assessment);
  const criteria = assessment.strategies.find((s) => s.key === strategy)?.criteria ?? [];
  const name = assessment.strategies.find((s) => s.key === strategy)?.name ?? '';
  const [base] = useState(() => {
    const texts: Record<string, string> = {};
    for (const c of columns) for (const k of criteria) {
      const score = scoreOf(assessment, c, strategy, k.number);
      texts[keyOf(c.role, c.year, k.number)] = score === undefined ? '' : formatScore(score, assessment.decimals);
    }
    return texts;
  });
  const [form, setForm] = useState(base);
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const save = useSkaSave<SkaAssessment>(assessment.eTag, (saved) => onSaved(saved as SkaAssessmentView), onClose);
  const changed = () => Object.keys(form).filter((k) => form[k] !== base[k]);
  const send = (): SkaSend<SkaAssessment> => {
    const scores = changed().map((k) => {
      const [role, year, criterion] = k.split(' ');
      return { role: role!, year: Number(year), strategy, criterion: Number(criterion), score: parseScore(form[k]!) as number | null };
    });
    return scores.length === 0 ? null : (eTag) => api.updateSkaScores(where.forvaltningId, where.scope, where.year, assessment.id, eTag!, { scores });
  };
  // A score that is no number 1–5 is named at its field; nothing is sent.
  const submit = () => {
    const bad = new Set(changed().filter((k) => parseScore(form[k]!) === undefined));
    setInvalid(bad);
    if (bad.size === 0) save.submit(send());
  };

  return (
    <SkaEditDialog
      title={t.scoresTitle(name)}
      {...save.dialog}
      onSubmit={submit}
      onSaveMine={() => save.saveMine(send())}
    >
      {criteria.flatMap((k) =>
        columns.map((c) => {
          const key = keyOf(c.role, c.year, k.number);
          return (
            <Field key={key} label={t.scoreLabel(k.number, c.role, c.year)} hint={t.scoreHint} validationMessage={invalid.has(key) ? t.scoreInvalid : undefined}>
              <Input value={form[key] ?? ''} inputMode="decimal" onChange={(_, d) => setForm((f) => ({ ...f, [key]: d.value }))} />
            </Field>
          );
        }),
      )}
    </SkaEditDialog>
  );
}
