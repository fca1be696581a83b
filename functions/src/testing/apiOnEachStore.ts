import type { Store } from '@vp/shared';
import { readFollowUpData } from '../app/overview/followUpData';
import { startApiHost, type ApiHost } from './apiHost';
import { GraphFake } from './graphFake';
import { serveSharePointApi } from './sharePointApi';

/** The seeded API as a test over both stores needs it; dataDir only on SQLite. */
export interface StoreApi {
  call: ApiHost['call'];
  /** the store behind the API, to look at what was written or to write what only an older version wrote */
  store: Store;
  stop(): Promise<void>;
  dataDir?: string;
}

/**
 * For describe.each: the API over a fresh SQLite file, and over SharePoint lists in a Graph fake of its
 * own (intercepting until stop), each seeded with the demo data.
 */
export const apiOnEachStore: [string, () => Promise<StoreApi>][] = [
  ['SQLite', () => startApiHost()],
  [
    'SharePoint',
    async () => {
      const fake = new GraphFake();
      fake.listen();
      const api = await serveSharePointApi(fake, readFollowUpData);
      return {
        call: api.call,
        store: api.store,
        stop: async () => {
          await api.close();
          fake.close();
        },
      };
    },
  ],
];
