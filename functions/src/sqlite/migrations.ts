import type Database from 'better-sqlite3';

/** Schema migrations, applied in order once each; append, never edit a released one. */
const migrations: string[] = [
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
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(version, new Date().toISOString());
    })();
  });
}
