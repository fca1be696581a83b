import { Badge, Body1, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { approvalHash, type ApprovalKind, type ApprovalState, type ApprovalStatusRow, type Period } from '@vp/shared';
import { useContext } from 'react';
import { LanguageContext, useStrings } from '../i18n/strings';
import { formatDateTime } from '../report/format';

const colors: Record<ApprovalState, 'informative' | 'warning' | 'success' | 'danger'> = { draft: 'informative', submitted: 'warning', approved: 'success', returned: 'danger' };

const kindOrder: Record<ApprovalKind, number> = { unitPlan: 0, unitReport: 1, summary: 2 };
const periodOrder: Record<Period, number> = { T1: 0, T2: 1, VB: 2 };

/** Unit by unit (the förvaltning's summaries last), the plan before its reports, reports in period order. */
function ordered(rows: readonly ApprovalStatusRow[]): ApprovalStatusRow[] {
  const unitKey = (r: ApprovalStatusRow) => (r.subject === 'summary' ? '\uffff' : (r.unitName ?? r.unitId ?? ''));
  return [...rows].sort(
    (a, b) =>
      unitKey(a).localeCompare(unitKey(b), 'sv') ||
      kindOrder[a.subject] - kindOrder[b.subject] ||
      (a.period ? periodOrder[a.period] : -1) - (b.period ? periodOrder[b.period] : -1),
  );
}

/** The state of every plan and report the caller sees: a unit's own, or all units' for the avdelningschef. */
export function StatusTable({ rows }: { rows: readonly ApprovalStatusRow[] }) {
  const t = useStrings().approval;
  const language = useContext(LanguageContext);
  if (rows.length === 0) return <Body1 as="p">{t.todo.noStatus}</Body1>;
  return (
    <Table size="small" aria-label={t.todo.status}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.todo.unit}</TableHeaderCell>
          <TableHeaderCell>{t.todo.what}</TableHeaderCell>
          <TableHeaderCell>{t.todo.state}</TableHeaderCell>
          <TableHeaderCell>{t.todo.changed}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {ordered(rows).map((row) => (
          <TableRow key={row.approvalId}>
            <TableCell>{row.unitName ?? t.todo.forvaltning}</TableCell>
            <TableCell>
              <Link href={approvalHash(row)}>{row.subject === 'unitPlan' || !row.period ? t.subjects.unitPlan(row.year) : t.subjects[row.subject](row.year, row.period)}</Link>
            </TableCell>
            <TableCell>
              <Badge appearance="tint" color={colors[row.state]}>
                {t.states[row.state]}
              </Badge>{' '}
              {t.version(row.version)}
            </TableCell>
            <TableCell>{row.changedAt && row.changedBy ? t.todo.changedBy(formatDateTime(row.changedAt, language), row.changedBy.name) : '–'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
