import { editableStates, type Period, type UnitReportView } from '@vp/shared';
import { useMemo, useState } from 'react';
import { ApiError, type ApiClient } from '../api/client';
import { useStrings } from '../i18n/strings';
import { focusFirstError } from './focusFirstError';
import type { ReportItems } from './reportItems';
import { changedIds, draftOf, errorKey, errorsByKey, missingOf, progressOf, rebase, validateDraft, valuesOf, type Kind, type ReportErrors, type ReportValues } from './reportValues';

export interface ReportOptions {
  api: ApiClient;
  forvaltningId: string;
  unitId: string;
  year: number;
  period: Period;
  items: ReportItems;
  initial: UnitReportView;
  canEdit: boolean;
}

export type Notice = { intent: 'success' | 'warning' | 'error'; text: string } | null;
type Values<K extends Kind> = ReportValues[K][string];

/** The DOM id of a form control, so errors can move focus to it. */
export const controlId = (key: string) => `report-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** A surprise from the server (412, or 428 when someone else saved the report first): someone else saved. */
const isStale = (e: unknown) => e instanceof ApiError && (e.status === 412 || e.status === 428);

/**
 * A period's report as a form: the typed texts, what changed since the stored version, validation with
 * the shared schema, saving with If-Match, a 412 kept as a conflict (with the newer version), and submitting it
 * for approval.
 * Nothing the user typed is dropped by a failed save.
 */
export function useReport({ api, forvaltningId, unitId, year, period, items, initial, canEdit }: ReportOptions) {
  const t = useStrings();
  const [view, setView] = useState(initial);
  const [base, setBase] = useState(() => valuesOf(initial, items));
  const [values, setValues] = useState(base);
  const [errors, setErrors] = useState<ReportErrors>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [conflict, setConflict] = useState<UnitReportView | null>(null);
  const [busy, setBusy] = useState(false);

  const changed = useMemo(() => changedIds(values, base), [values, base]);
  const dirty = changed.goals.length + changed.indicators.length + changed.activities.length > 0;
  const missing = useMemo(() => missingOf(values, items), [values, items]);
  const progress = useMemo(() => progressOf(values, items), [values, items]);
  // Only a draft or a returned report can be changed (its approval); the server refuses the rest too.
  const readOnly = !canEdit || !editableStates.includes(view.status);

  function adopt(next: UnitReportView) {
    const stored = valuesOf(next, items);
    setView(next);
    setBase(stored);
    setValues(stored);
    setErrors({});
    setConflict(null);
  }

  function showErrors(byKey: ReportErrors, other: string[], message = t.report.form.fixErrors) {
    setErrors(byKey);
    setNotice({ intent: 'error', text: [message, ...other].join(' ') });
    setTimeout(() => focusFirstError(Object.keys(byKey).map(controlId)));
  }

  async function save(eTag: string | null) {
    if (!dirty) return setNotice({ intent: 'success', text: t.report.form.nothingToSave });
    const draft = draftOf(values, changed, items.indicators);
    const check = validateDraft(draft, t.report.form.notANumber);
    if (Object.keys(check.byKey).length || check.other.length) return showErrors(check.byKey, check.other);
    const sent = values;
    setBusy(true);
    setNotice(null);
    try {
      const saved = await api.saveReport(unitId, year, period, eTag, draft.body);
      const stored = valuesOf(saved, items);
      setView(saved);
      setBase(stored);
      setValues((current) => rebase(current, sent, stored));
      setErrors({});
      setConflict(null);
      setNotice({ intent: 'success', text: t.report.form.saved });
    } catch (e) {
      if (isStale(e)) {
        const latest = await api.getReport(unitId, year, period).catch(() => null);
        if (latest) setConflict(latest);
        else setNotice({ intent: 'error', text: (e as Error).message });
      } else if (e instanceof ApiError && e.fields.length) {
        const sorted = errorsByKey(e.fields, draft.order);
        showErrors(sorted.byKey, sorted.other, e.message);
      } else {
        setNotice({ intent: 'error', text: e instanceof ApiError ? e.message : t.edit.saveFailed });
      }
    } finally {
      setBusy(false);
    }
  }

  /**
   * Skicka in: the report's approval takes its submit step (with the approval's eTag, one key per click),
   * then the report is read again. beforeLocked runs once it is submitted, before the page shows it so
   * (and its buttons leave): the place to move focus away from them.
   */
  async function submit(beforeLocked?: () => void) {
    setBusy(true);
    setNotice(null);
    const target = { subject: 'unitReport', forvaltningId, unitId, year, period } as const;
    try {
      const approval = await api.getApproval(target);
      await api.actOnApproval(target, { action: 'submit', comment: '' }, { key: crypto.randomUUID(), eTag: approval.eTag });
      const submitted = await api.getReport(unitId, year, period);
      beforeLocked?.();
      adopt(submitted);
      setNotice({ intent: 'success', text: t.report.form.submitted });
    } catch (e) {
      const latest = await api.getReport(unitId, year, period).catch(() => null);
      if (latest) adopt(latest);
      setNotice({ intent: isStale(e) && latest ? 'warning' : 'error', text: isStale(e) && latest ? t.report.form.statusConflict : (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return {
    period,
    view,
    values,
    errors,
    notice,
    conflict,
    busy,
    dirty,
    progress,
    /** Items still empty, per kind: what submitting the report would leave out. */
    missing,
    readOnly,
    items,
    set<K extends Kind>(kind: K, id: string, patch: Partial<Values<K>>) {
      setValues((v) => ({ ...v, [kind]: { ...v[kind], [id]: { ...v[kind][id], ...patch } } }));
      setErrors((current) => {
        const next = { ...current };
        for (const field of [...Object.keys(patch), '']) delete next[errorKey(kind, id, field)];
        return next;
      });
    },
    save: () => void save(view.eTag),
    saveMine: () => void (conflict && save(conflict.eTag)),
    useTheirs: () => conflict && adopt(conflict),
    submit: (beforeLocked?: () => void) => void submit(beforeLocked),
  };
}

export type ReportForm = ReturnType<typeof useReport>;
