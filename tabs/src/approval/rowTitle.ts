import type { ApprovalStatusRow } from '@vp/shared';
import type { Strings } from '../i18n/strings';

/** "Hägerstensåsens förskolor – Uppföljning T1 2021": whose, and which plan, report or summary. */
export function rowTitle(t: Strings['approval'], row: Pick<ApprovalStatusRow, 'subject' | 'unitName' | 'year' | 'period'>): string {
  const what = row.subject === 'unitPlan' || !row.period ? t.subjects.unitPlan(row.year) : t.subjects[row.subject](row.year, row.period);
  return `${row.unitName ?? t.todo.forvaltning} – ${what}`;
}
