import type { AddressInfo } from 'node:net';
import { channelServices } from '../channel/channelServices';
import { isLoopback, loadConfig } from '../config';
import { devIdentity } from '../identity/devIdentity';
import { devUsers } from '../identity/devUsers';
import { entraIdentity } from '../identity/entraIdentity';
import { groupLinksReader } from '../identity/groupLinks';
import { signInConfigOf } from '../identity/signInConfig';
import { seedDemoData } from '../seed/seed';
import { openStorage } from '../store/openStore';
import { createLocalHost } from './server';

/** How long open requests may take to finish after Ctrl-C before their connections are closed. */
const shutdownGraceMs = 5_000;

/** npm start: the whole product on one machine, on the SQLite file with the demo data unless configured otherwise. */
async function main(): Promise<void> {
  const config = loadConfig(process.env, 'local');
  const { store, followUp } = openStorage(config);
  if ((await store.list('forvaltning')).length === 0) {
    const created = await seedDemoData(store);
    console.log(`Tom databas: lade in demodata (${created} poster).`);
  }
  const { auth } = config;
  const local = auth.mode === 'local';
  const links = groupLinksReader(store);
  const identify = auth.mode === 'entra' ? entraIdentity(auth, store, { links }) : devIdentity(devUsers);
  const channel = channelServices(auth, config.tabLink, store, { onError: (error, postId) => console.error(`Kanalmeddelandet ${postId} kunde inte skickas:`, error) });
  const services = { store, followUp, identify, links, devUsers: local ? devUsers : [], anonymousReads: local, signIn: signInConfigOf(auth), channel };
  const server = createLocalHost(services, { allowedHosts: config.allowedHosts });
  server.on('error', (error) => {
    console.error(`Kunde inte lyssna på ${config.host}:${config.port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const where = config.store.kind === 'sqlite' ? config.store.databaseFile : `SharePoint-webbplats ${config.store.siteId}`;
    const { port } = server.address() as AddressInfo;
    const name = isLoopback(config.host) ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
    const reach = isLoopback(config.host) ? 'bara från den här datorn' : `på adressen ${config.host}`;
    console.log(`Verksamhetsplan körs på http://${name}:${port}/  (${reach}; data: ${where})`);
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Posts being sent finish first (or are left 'sending', read back by the next attempt).
    server.close(() => void (channel.dispatcher?.idle() ?? Promise.resolve()).then(() => store.close()).then(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), shutdownGraceMs).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
