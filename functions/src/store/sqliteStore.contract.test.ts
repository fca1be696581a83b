import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../sqlite/sqliteStore';
import { describeStoreContract } from './storeContract';

describeStoreContract('SQLite file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vp-store-'));
  return { store: new SqliteStore(join(dir, 'plan.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});
