import { Field, Input } from '@fluentui/react-components';
import type { SkaScope, SkaStrategyKey, SkaUnitAssessmentView } from '@vp/shared';
import { useState } from 'react';
import type { ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { parseScore } from './scoreText';
import { SkaEditDialog } from './SkaEditDialog';
import { useSkaSave, type SkaSend } from './useSkaSave';

export interface UnitScoresDialogProps {
  api: ApiClient;
  where: { unitId: string; scope: SkaScope; year: number };
  assessment: SkaUnitAssessmentView;
  strategy: SkaStrategyKey;
  onSaved(assessment: SkaUnitAssessmentView): void;
  onClose(): void;
}

/** A unit's score as typed: a whole step 1–5, empty clears it; undefined: not a score. */
const parseUnitScore = (text: string) => {
  const score = parseScore(text);
  return score === null || (score !== undefined && Number.isInteger(score)) ? score : undefined;
};

/**
 * One strategy of the unit's own self-assessment, a field per criterion: saves only the scores changed
 * (an emptied one is cleared); the first save without an eTag, then with the one last read.
 */
export function UnitScoresDialog({ api, where, assessment, strategy, onSaved, onClose }: UnitScoresDialogProps) {
  const t = useStrings().ska;
  const own = assessment.strategies.find((s) => s.key === strategy);
  const criteria = own?.criteria ?? [];
  const [base] = useState(() => Object.fromEntries(criteria.map((k) => [k.number, k.score === null ? '' : String(k.score)])) as Record<number, string>);
  const [form, setForm] = useState(base);
  const [invalid, setInvalid] = useState<Set<number>>(new Set());
  const save = useSkaSave<SkaUnitAssessmentView>(assessment.eTag, (saved) => onSaved(saved), onClose);
  const changed = () => criteria.map((k) => k.number).filter((n) => form[n] !== base[n]);
  const send = (): SkaSend<SkaUnitAssessmentView> => {
    const scores = changed().map((criterion) => ({ strategy, criterion, score: parseUnitScore(form[criterion]!) as number | null }));
    return scores.length === 0 ? null : async (eTag) => {
      const saved = await api.updateUnitSkaScores(where.unitId, where.scope, where.year, eTag, { scores });
      return { ...saved, eTag: saved.eTag ?? '' };
    };
  };
  // A score that is no whole step 1–5 is named at its field; nothing is sent.
  const submit = () => {
    const bad = new Set(changed().filter((n) => parseUnitScore(form[n]!) === undefined));
    setInvalid(bad);
    if (bad.size === 0) save.submit(send());
  };

  return (
    <SkaEditDialog title={t.scoresTitle(own?.name ?? '')} {...save.dialog} onSubmit={submit} onSaveMine={() => save.saveMine(send())}>
      {criteria.map((k) => (
        <Field key={k.number} label={t.unitScoreLabel(k.number)} hint={`${k.text}. ${t.unitScoreHint}`} validationMessage={invalid.has(k.number) ? t.unitScoreInvalid : undefined}>
          <Input value={form[k.number] ?? ''} inputMode="numeric" onChange={(_, d) => setForm((f) => ({ ...f, [k.number]: d.value }))} />
        </Field>
      ))}
    </SkaEditDialog>
  );
}
