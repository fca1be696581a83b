import type { Store } from '@vp/shared';
import { readFollowUpData, type ReadFollowUpData } from '../app/overview/followUpData';
import type { Config } from '../config';
import { SqliteStore } from '../sqlite/sqliteStore';
import { clientCredentialsToken, graphScope } from '../sharepoint/clientCredentialsToken';
import { deltaFollowUp } from '../sharepoint/deltaFollowUp';
import { createGraphClient } from '../sharepoint/graphClient';
import { SharePointStore } from '../sharepoint/sharePointStore';

/** The store the configuration asks for: SharePoint lists when a site is configured, else the SQLite file. */
export function openStore(config: Config): Store {
  if (config.store === 'sqlite') return new SqliteStore(config.databaseFile);
  const { siteId, tenantId, clientId, clientSecret } = config.graph;
  const missing = Object.entries({ SHAREPOINT_SITE_ID: siteId, AZURE_TENANT_ID: tenantId, AZURE_CLIENT_ID: clientId, AZURE_CLIENT_SECRET: clientSecret })
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length) throw new Error(`STORE=sharepoint kräver ${missing.join(', ')}`);
  const getToken = clientCredentialsToken({
    tenantId: tenantId!,
    clientId: clientId!,
    clientSecret: clientSecret!,
    authorityHost: config.graph.authorityHost,
    scope: graphScope(config.graph.baseUrl),
  });
  const client = createGraphClient({ baseUrl: config.graph.baseUrl, getToken });
  return new SharePointStore({ client, siteId: siteId!, listPrefix: config.graph.listPrefix });
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
