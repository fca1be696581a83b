import type Database from 'better-sqlite3';
import { legacyReportsToApprovals } from './legacyReportsToApprovals';

/** Schema migrations (SQL, or a function for what SQL alone cannot compute), applied in order once each; append, never edit a released one. */
const migrations: (string | ((db: Database.Database) => void))[] = [
  `CREATE TABLE items (
     kind TEXT NOT NULL,
     id TEXT NOT NULL,
     forvaltning_id TEXT,
     unit_id TEXT,
     year INTEGER,
     parent_id TEXT,
     sort_order INTEGER NOT NULL DEFAULT 0,
     version INTEGER NOT NULL,
     data TEXT NOT NULL,
     PRIMARY KEY (kind, id)
   );
   CREATE INDEX items_scope ON items (kind, forvaltning_id, year, unit_id);
   CREATE INDEX items_parent ON items (kind, parent_id);
   CREATE TABLE audit (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     at TEXT NOT NULL,
     actor TEXT NOT NULL,
     action TEXT NOT NULL,
     kind TEXT NOT NULL,
     item_id TEXT NOT NULL,
     forvaltning_id TEXT,
     unit_id TEXT,
     year INTEGER,
     changes TEXT NOT NULL
   );
   CREATE INDEX audit_item ON audit (item_id);
   CREATE INDEX audit_unit ON audit (unit_id);
   CREATE INDEX audit_forvaltning ON audit (forvaltning_id);`,
  // Follow-up reports are read per förvaltning, year and period.
  `ALTER TABLE items ADD COLUMN period TEXT;
   CREATE INDEX items_period ON items (kind, forvaltning_id, year, period);`,
  // Change counters: for each (kind, förvaltning, unit, year) the number of the last write that touched it,
  // from one counter for the whole file, so the largest over a plan's scopes grows with every write to
  // the plan (SqliteStore.lastChange; the plan ETag). Triggers keep them, whatever statement writes.
  // Plan reads also find a unit's own items by unit and year.
  `CREATE TABLE change_counter (only INTEGER PRIMARY KEY CHECK (only = 1), value INTEGER NOT NULL, file_id TEXT NOT NULL);
   INSERT INTO change_counter VALUES (1, 0, lower(hex(randomblob(8))));
   CREATE TABLE item_changes (
     kind TEXT NOT NULL,
     forvaltning_id TEXT NOT NULL,
     unit_id TEXT NOT NULL,
     year INTEGER NOT NULL,
     seq INTEGER NOT NULL,
     PRIMARY KEY (kind, forvaltning_id, unit_id, year)
   );
   CREATE INDEX item_changes_unit ON item_changes (kind, unit_id, year);
   CREATE TRIGGER items_inserted AFTER INSERT ON items BEGIN
     UPDATE change_counter SET value = value + 1;
     INSERT INTO item_changes VALUES (NEW.kind, coalesce(NEW.forvaltning_id, ''), coalesce(NEW.unit_id, ''), coalesce(NEW.year, 0), (SELECT value FROM change_counter))
       ON CONFLICT DO UPDATE SET seq = excluded.seq;
   END;
   CREATE TRIGGER items_updated AFTER UPDATE ON items BEGIN
     UPDATE change_counter SET value = value + 1;
     INSERT INTO item_changes VALUES (OLD.kind, coalesce(OLD.forvaltning_id, ''), coalesce(OLD.unit_id, ''), coalesce(OLD.year, 0), (SELECT value FROM change_counter))
       ON CONFLICT DO UPDATE SET seq = excluded.seq;
     INSERT INTO item_changes VALUES (NEW.kind, coalesce(NEW.forvaltning_id, ''), coalesce(NEW.unit_id, ''), coalesce(NEW.year, 0), (SELECT value FROM change_counter))
       ON CONFLICT DO UPDATE SET seq = excluded.seq;
   END;
   CREATE TRIGGER items_deleted AFTER DELETE ON items BEGIN
     UPDATE change_counter SET value = value + 1;
     INSERT INTO item_changes VALUES (OLD.kind, coalesce(OLD.forvaltning_id, ''), coalesce(OLD.unit_id, ''), coalesce(OLD.year, 0), (SELECT value FROM change_counter))
       ON CONFLICT DO UPDATE SET seq = excluded.seq;
   END;
   CREATE INDEX items_unit ON items (kind, unit_id, year);`,
  // Indicators name the units they apply to (applicableUnitIds); those stored before apply to every unit.
  // Rows are read without a schema parse, so they get the field here, as SharePoint rows get it from the schema's default.
  `UPDATE items SET data = json_set(data, '$.applicableUnitIds', json('null'))
   WHERE kind = 'indicator' AND json_type(data, '$.applicableUnitIds') IS NULL;`,
  // Units and förvaltningar are linked to a Microsoft 365 group (groupId) and found by it: an indexed
  // copy of the field, as the other filtered fields have. Rows stored before have no group.
  `ALTER TABLE items ADD COLUMN group_id TEXT;
   UPDATE items SET group_id = json_extract(data, '$.groupId') WHERE kind IN ('unit', 'forvaltning');
   CREATE INDEX items_group ON items (kind, group_id);`,
  // Approvals replace the report's status: a report marked ready (klar för granskning) becomes a
  // submitted approval, headers lose the status, and stored summaries say "submitted" for "ready".
  legacyReportsToApprovals,
];

export function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').all().map((row) => (row as { version: number }).version),
  );
  migrations.forEach((sql, index) => {
    const version = index + 1;
    if (applied.has(version)) return;
    db.transaction(() => {
      if (typeof sql === 'string') db.exec(sql);
      else sql(db);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(version, new Date().toISOString());
    })();
  });
}
