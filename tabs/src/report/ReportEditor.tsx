import type { Period, PlanTree, UnitReportView } from '@vp/shared';
import { useEffect, useMemo, useRef, type FormEvent } from 'react';
import type { ApiClient } from '../api/client';
import { useUnsavedChangesGuard } from '../edit';
import { useStrings } from '../i18n/strings';
import { ReportActions } from './ReportActions';
import { ReportGoal } from './ReportGoal';
import { ReportHeader } from './ReportHeader';
import { reportItems } from './reportItems';
import { useReport } from './useReport';

export interface ReportEditorProps {
  api: ApiClient;
  unitId: string;
  year: number;
  period: Period;
  tree: PlanTree;
  initial: UnitReportView;
  canEdit: boolean;
  onDirtyChange(dirty: boolean): void;
  /** The form moved the report's status (Skicka in): the page's approval panel reads it again */
  onStatusChange?(): void;
}

/** A period's report as a form over the unit's plan. Read-only for readers and while the report is submitted or approved. */
export function ReportEditor({ api, unitId, year, period, tree, initial, canEdit, onDirtyChange, onStatusChange }: ReportEditorProps) {
  const t = useStrings();
  const items = useMemo(() => reportItems(tree.goals, unitId, period), [tree, unitId, period]);
  const form = useReport({ api, forvaltningId: tree.forvaltning.id, unitId, year, period, items, initial, canEdit });
  useUnsavedChangesGuard(form.dirty);
  useEffect(() => onDirtyChange(form.dirty), [form.dirty, onDirtyChange]);
  const status = useRef(form.view.status);
  useEffect(() => {
    if (status.current === form.view.status) return;
    status.current = form.view.status;
    onStatusChange?.();
  }, [form.view.status, onStatusChange]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.busy && !form.readOnly) form.save();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t.report.form.title(tree.unit?.name ?? unitId, period, year)}>
      <ReportHeader api={api} form={form} docxUrl={api.reportDocxUrl(unitId, year, period)} canEdit={canEdit} />
      {tree.goals.map((goal) => (
        <ReportGoal key={goal.id} goal={goal} depth={0} form={form} />
      ))}
      <ReportActions form={form} canEdit={canEdit} />
    </form>
  );
}
