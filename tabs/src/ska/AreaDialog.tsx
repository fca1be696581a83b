import { Field, Input, Textarea } from '@fluentui/react-components';
import { skaAreaFieldLabels, skaAreaHeading, skaFollowUpLabels, type SkaArea, type SkaAreaUpdate, type SkaFollowUp, type StoredSkaArea } from '@vp/shared';
import { useState } from 'react';
import type { ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { SkaEditDialog } from './SkaEditDialog';
import { useSkaSave, type SkaSend } from './useSkaSave';

/** The area's own texts (lists one per line) or, for 'followUp', the next läsår's follow-up. */
export type AreaPart = 'area' | 'followUp';

const listFields = ['desired', 'evidence', 'focus', 'actions'] as const;
const textFields = ['background', 'decidedBy', 'timeline', 'followUpPlan'] as const;
const followUpLists = ['desiredImprovement', 'actionsTaken'] as const;
const followUpTexts = ['result', 'assessment', 'futureNeeds'] as const;
const emptyFollowUp: SkaFollowUp = { desiredImprovement: [], actionsTaken: [], result: '', assessment: '', futureNeeds: '' };

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

function formOf(area: SkaArea, part: AreaPart): Record<string, string> {
  if (part === 'followUp') {
    const f = area.followUp ?? emptyFollowUp;
    return { ...Object.fromEntries(followUpLists.map((k) => [k, f[k].join('\n')])), ...Object.fromEntries(followUpTexts.map((k) => [k, f[k]])) };
  }
  return { title: area.title, ...Object.fromEntries(listFields.map((k) => [k, area[k].join('\n')])), ...Object.fromEntries(textFields.map((k) => [k, area[k]])) };
}

/** Only the fields changed; the follow-up as a whole (the API replaces it whole). */
function patchOf(form: Record<string, string>, base: Record<string, string>, part: AreaPart): SkaAreaUpdate {
  const changed = Object.keys(form).filter((k) => form[k] !== base[k]);
  if (changed.length === 0) return {};
  if (part === 'followUp') {
    const followUp = { ...Object.fromEntries(followUpLists.map((k) => [k, lines(form[k]!)])), ...Object.fromEntries(followUpTexts.map((k) => [k, form[k]!])) } as SkaFollowUp;
    return { followUp };
  }
  return Object.fromEntries(changed.map((k) => [k, (listFields as readonly string[]).includes(k) ? lines(form[k]!) : form[k]!]));
}

export interface AreaDialogProps {
  api: ApiClient;
  area: StoredSkaArea;
  part: AreaPart;
  onSaved(area: StoredSkaArea): void;
  onClose(): void;
}

/** A förbättrings- or utvecklingsområde, or its follow-up, saved with the area's eTag (under the area's own läsår). */
export function AreaDialog({ api, area, part, onSaved, onClose }: AreaDialogProps) {
  const t = useStrings().ska;
  const heading = skaAreaHeading(area);
  const labels = { ...skaAreaFieldLabels(area), ...skaFollowUpLabels, title: t.areaTitle };
  const [base] = useState(() => formOf(area, part));
  const [form, setForm] = useState(base);
  const save = useSkaSave<SkaArea>(area.eTag, onSaved, onClose);
  const send = (): SkaSend<SkaArea> => {
    const patch = patchOf(form, base, part);
    return Object.keys(patch).length === 0 ? null : (eTag) => api.updateSkaArea(area.forvaltningId, area.scope, area.year, area.id, eTag!, patch);
  };
  const isList = (k: string) => (listFields as readonly string[]).includes(k) || (followUpLists as readonly string[]).includes(k);

  return (
    <SkaEditDialog
      title={part === 'followUp' ? t.editFollowUp(heading) : t.editArea(heading)}
      {...save.dialog}
      onSubmit={() => save.submit(send())}
      onSaveMine={() => save.saveMine(send())}
    >
      {Object.keys(base).map((k) => (
        <Field key={k} label={labels[k as keyof typeof labels]} hint={isList(k) ? t.linesHint : undefined} required={k === 'title'}>
          {k === 'title' ? <Input value={form[k] ?? ''} onChange={(_, d) => setForm((f) => ({ ...f, [k]: d.value }))} /> : <Textarea value={form[k] ?? ''} onChange={(_, d) => setForm((f) => ({ ...f, [k]: d.value }))} resize="vertical" />}
        </Field>
      ))}
    </SkaEditDialog>
  );
}
