import { clientCredentialsToken, graphScope } from './clientCredentialsToken';
import { createGraphClient } from './graphClient';
import { provision } from './provision';
import { sharePointSettingsFromEnv } from './settings';

/** `npm run provision`: creates the SharePoint lists and columns the store needs, if missing. */
async function main(): Promise<number> {
  const parsed = sharePointSettingsFromEnv(process.env);
  if (!parsed.ok) {
    console.error(`Cannot provision SharePoint lists; fix these settings:\n${parsed.problems.map((p) => `  - ${p}`).join('\n')}`);
    return 2;
  }
  const s = parsed.settings;
  const getToken = clientCredentialsToken({
    tenantId: s.tenantId,
    clientId: s.clientId,
    clientSecret: s.clientSecret,
    authorityHost: s.authorityHost,
    scope: graphScope(s.graphBaseUrl),
  });
  const client = createGraphClient({ baseUrl: s.graphBaseUrl, getToken });
  const result = await provision(client, s.siteId, s.listPrefix);
  const lines = [
    ...result.createdLists.map((l) => `created list ${l}`),
    ...result.createdColumns.map((c) => `added column ${c}`),
    ...result.indexedColumns.map((c) => `indexed column ${c}`),
  ];
  console.log(lines.length === 0 ? 'All lists and columns already exist; nothing to do.' : lines.join('\n'));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('Provisioning failed:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
