import { loadConfig } from '../config';
import { openGraphClient } from './openGraphClient';
import { provision } from './provision';

/** `npm run provision`: creates the SharePoint lists and columns the store needs, if missing. */
async function main(): Promise<number> {
  const config = loadConfig({ STORE: 'sharepoint', ...process.env }, 'local');
  if (config.store.kind !== 'sharepoint') {
    console.error('npm run provision skapar SharePoint-listor: sätt inte STORE=sqlite.');
    return 2;
  }
  const { graph, siteId, listPrefix } = config.store;
  const result = await provision(openGraphClient(graph), siteId, listPrefix);
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
