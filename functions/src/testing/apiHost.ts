import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '@vp/shared';
import type { ReadFollowUpData } from '../app/overview/followUpData';
import type { Services } from '../app/services';
import { channelServices } from '../channel/channelServices';
import { loadConfig } from '../config';
import { groupLinksReader } from '../identity/groupLinks';
import { devIdentity } from '../identity/devIdentity';
import { devUsers } from '../identity/devUsers';
import { createLocalHost } from '../local/server';
import { seedDemoData } from '../seed/seed';
import { openStorage } from '../store/openStore';

/** Test responses: bodies are read as whatever the test asserts on. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiResponse = Omit<Response, 'json'> & { json(): Promise<any> };

/**
 * Who may call: the local mode's development identities unless a test signs in otherwise; signIn
 * (what GET /api/signin tells the tab) is the local mode's unless given.
 */
export type Access = Pick<Services, 'identify' | 'devUsers' | 'anonymousReads'> & Partial<Pick<Services, 'signIn' | 'links' | 'channel'>>;
const devAccess: Access = { identify: devIdentity(devUsers), devUsers, anonymousReads: true };

/** Serves the API over a store on a free port with the development identities (or `access`); `stop` closes the server. */
export async function serveApi(store: Store, followUp: ReadFollowUpData, access: Access = devAccess) {
  // As npm start without a tenant: approvals' channel posts are kept (noTeams), never sent, unless a test gives a channel.
  const channel = channelServices({ mode: 'local' }, loadConfig({}, 'local').tabLink, store);
  const server = createLocalHost({ store, followUp, signIn: { mode: 'local' }, links: groupLinksReader(store), channel, ...access });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return {
    base,
    /** the node:http server, for tests that watch its connections */
    server,
    /** fetch against the API as a development identity (or anonymously) */
    call: (path: string, init: RequestInit & { as?: string } = {}): Promise<ApiResponse> => {
      const headers = new Headers(init.headers);
      if (init.as) headers.set('x-dev-user', init.as);
      if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
      return fetch(`${base}${path}`, { ...init, headers });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Starts the local host on a free port over a fresh SQLite file with the demo data, as npm start does;
 * accessFor gives who may call over that store (default: the development identities).
 */
export async function startApiHost(dataDir = mkdtempSync(join(tmpdir(), 'vp-api-')), accessFor: (store: Store) => Access = () => devAccess) {
  const { store, followUp } = openStorage(loadConfig({ DATA_DIR: dataDir }, 'local'));
  await seedDemoData(store);
  const { base, server, call, close } = await serveApi(store, followUp, accessFor(store));
  return {
    base,
    server,
    dataDir,
    store,
    call,
    stop: async (removeData = true) => {
      await close();
      await store.close();
      if (removeData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type ApiHost = Awaited<ReturnType<typeof startApiHost>>;
