import { CompetenceCategory, type CompetenceFollowUpEntry, type CompetenceRollup, type CompetenceRow } from '../schemas/competence';
import { statusCounts } from './statusCounts';

/**
 * The förvaltning's rows by status: in total (each row once) and per UBARA category in the plan's order
 * (a row under each of its categories). A row without a status counts as missing, so every count adds up
 * to its number of rows.
 */
export function competenceRollup(rows: readonly Pick<CompetenceRow, 'id' | 'categories'>[], entries: readonly CompetenceFollowUpEntry[]): CompetenceRollup {
  const statusOf = new Map(entries.map((e) => [e.rowId, e.status]));
  const status = (row: Pick<CompetenceRow, 'id'>) => statusOf.get(row.id) ?? null;
  const categories = CompetenceCategory.options.map((category) => {
    const inCategory = rows.filter((r) => r.categories.includes(category));
    return { category, rows: inCategory.length, counts: statusCounts(inCategory.map(status)) };
  });
  return { rows: rows.length, total: statusCounts(rows.map(status)), categories };
}
