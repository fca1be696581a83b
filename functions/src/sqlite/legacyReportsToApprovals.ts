import type Database from 'better-sqlite3';
import type { Approval, Report } from '@vp/shared';
import { approvalId } from '../app/approvals/approvalId';
import { approvalNow } from '../app/approvals/approvalNow';

/**
 * The migration to approvals (issue 11) on SQLite: every report header marked "ready" gets the
 * approval it reads as (approvalNow: submitted, by whoever marked it, when), unless one exists; then
 * the headers drop status, readyAt and readyBy, and stored summaries' units say "submitted" where they
 * said "ready" (rows are read without a schema parse here, so the stored JSON itself must change).
 * Like the earlier migrations it writes no audit entries: nobody changed anything.
 */
export function legacyReportsToApprovals(db: Database.Database): void {
  const ready = db.prepare(`SELECT data FROM items WHERE kind = 'report' AND json_extract(data, '$.status') = 'ready'`).all() as { data: string }[];
  const exists = db.prepare(`SELECT 1 FROM items WHERE kind = 'approval' AND id = ?`);
  const insert = db.prepare(
    `INSERT INTO items (kind, id, forvaltning_id, unit_id, year, parent_id, period, group_id, sort_order, version, data)
     VALUES ('approval', ?, ?, ?, ?, NULL, ?, NULL, 0, 1, ?)`,
  );
  const migratedAt = new Date().toISOString();
  for (const { data } of ready) {
    const header = JSON.parse(data) as Report;
    const id = approvalId({ kind: 'unitReport', unitId: header.unitId, year: header.year, period: header.period });
    if (exists.get(id)) continue;
    const now = approvalNow(null, header);
    const approval: Approval = {
      id,
      subject: 'unitReport',
      forvaltningId: header.forvaltningId,
      unitId: header.unitId,
      year: header.year,
      period: header.period,
      state: now.state,
      version: now.version,
      changedAt: now.changedAt ?? migratedAt,
      changedBy: now.changedBy ?? { id: 'migration', name: 'Okänd (markerad klar före godkännanden)' },
    };
    insert.run(id, approval.forvaltningId, approval.unitId, approval.year, approval.period, JSON.stringify(approval));
  }
  db.exec(`UPDATE items SET data = json_remove(data, '$.status', '$.readyAt', '$.readyBy') WHERE kind = 'report' AND json_type(data, '$.status') IS NOT NULL`);
  // A key and value in JSON.stringify's output: inside a stored text the quotes would be escaped, so only the field matches.
  db.exec(`UPDATE items SET data = replace(data, '"reportStatus":"ready"', '"reportStatus":"submitted"') WHERE kind = 'summary'`);
}
