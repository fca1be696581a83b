import type { AddressInfo } from 'node:net';
import { loadConfig } from '../config';
import { devIdentity } from '../identity/devIdentity';
import { devUsers } from '../identity/devUsers';
import { seedDemoData } from '../seed/seed';
import { openStorage } from '../store/openStore';
import { createLocalHost } from './server';

/** npm start: the whole product on one machine, on the SQLite file with the demo data unless configured otherwise. */
async function main(): Promise<void> {
  const config = loadConfig(process.env, 'local');
  const { store, followUp } = openStorage(config);
  if ((await store.list('forvaltning')).length === 0) {
    const created = await seedDemoData(store);
    console.log(`Tom databas: lade in demodata (${created} poster).`);
  }
  const local = config.authMode === 'local';
  const server = createLocalHost({ store, followUp, identify: local ? devIdentity(devUsers) : async () => null, devUsers: local ? devUsers : [], anonymousReads: local });
  server.listen(config.port, () => {
    const where = config.store === 'sqlite' ? config.databaseFile : `SharePoint-webbplats ${config.graph.siteId}`;
    const { port } = server.address() as AddressInfo;
    console.log(`Verksamhetsplan körs på http://localhost:${port}/  (data: ${where})`);
  });
  const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
