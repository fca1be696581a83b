import type { Store } from '@vp/shared';
import { readFollowUpData, type ReadFollowUpData } from '../app/overview/followUpData';
import type { Config } from '../config';
import { SqliteStore } from '../sqlite/sqliteStore';
import { deltaFollowUp } from '../sharepoint/deltaFollowUp';
import { openGraphClient } from '../sharepoint/openGraphClient';
import { SharePointStore } from '../sharepoint/sharePointStore';

/** The store the configuration asks for: SharePoint lists when a site is configured, else the SQLite file. */
export function openStore(config: Config): Store {
  const settings = config.store;
  if (settings.kind === 'sqlite') return new SqliteStore(settings.databaseFile);
  return new SharePointStore({ client: openGraphClient(settings.graph), siteId: settings.siteId, listPrefix: settings.listPrefix });
}

/**
 * The store and the overview's follow-up reader for it: over SharePoint a delta mirror that lives as
 * long as the process (one per Functions instance), over SQLite the plain reader (a local query is
 * cheaper than keeping a mirror).
 */
export function openStorage(config: Config): { store: Store; followUp: ReadFollowUpData } {
  const store = openStore(config);
  return { store, followUp: store instanceof SharePointStore ? deltaFollowUp(store) : readFollowUpData(store) };
}
