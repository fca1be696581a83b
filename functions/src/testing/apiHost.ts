import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { devIdentity } from '../identity/devIdentity';
import { devUsers } from '../identity/devUsers';
import { createLocalHost } from '../local/server';
import { seedDemoData } from '../seed/seed';
import { openStorage } from '../store/openStore';

/** Test responses: bodies are read as whatever the test asserts on. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiResponse = Omit<Response, 'json'> & { json(): Promise<any> };

/** Starts the local host on a free port over a fresh SQLite file with the demo data, as npm start does. */
export async function startApiHost(dataDir = mkdtempSync(join(tmpdir(), 'vp-api-'))) {
  const config = loadConfig({ DATA_DIR: dataDir }, 'local');
  const { store, followUp } = openStorage(config);
  await seedDemoData(store);
  const server = createLocalHost({ store, followUp, identify: devIdentity(devUsers), devUsers, anonymousReads: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return {
    base,
    dataDir,
    store,
    /** fetch against the API as a development identity (or anonymously) */
    call: (path: string, init: RequestInit & { as?: string } = {}): Promise<ApiResponse> => {
      const headers = new Headers(init.headers);
      if (init.as) headers.set('x-dev-user', init.as);
      if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
      return fetch(`${base}${path}`, { ...init, headers });
    },
    stop: async (removeData = true) => {
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      if (removeData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type ApiHost = Awaited<ReturnType<typeof startApiHost>>;
